import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { planMoveClauseDown, planMoveClauseTo, planMoveClauseUp } from '../../../../client/editor/structure/move-clause';
import type { DropPlacement } from '../../../../client/editor/structure/move-clause';
import { transactionFor } from '../../../../client/editor/structure/structure-change';
import { cannotRun, clauseIds, cursorText, expectValid, outlineLines, run, sampleDocument, sampleOutline } from './structure-fixtures';

function drop(clauseId: string, targetId: string, placement: DropPlacement) {
  const state = EditorState.create({ doc: sampleDocument() });
  const transaction = transactionFor(state, (document) => planMoveClauseTo(document, clauseId, targetId, placement));
  if (!transaction) return null;
  const next = state.apply(transaction);
  expectValid(next.doc);
  return next;
}

describe('moveClauseUp and moveClauseDown', () => {
  it('swaps a clause with its previous sibling, with its sub-clauses, keeping the cursor in it', () => {
    const state = run(planMoveClauseUp, sampleDocument(), '硬度正文');
    expect(outlineLines(state.doc).slice(3, 7)).toEqual(['2.2 性能', '2.2.1 硬度', '2.2.2 强度', '2.3 标志']);
    expect(cursorText(state)).toBe('硬度正文');
  });

  it('moves a chapter down past the next chapter, carrying its clauses and ids', () => {
    const document = sampleDocument();
    const state = run(planMoveClauseDown, document, '要求');
    expect(outlineLines(state.doc).slice(0, 8)).toEqual(['1 范围', '2 试验方法', '3 要求', '3.1 一般要求', '3.2 性能', '3.2.1 强度', '3.2.2 硬度', '3.3 标志']);
    expect([...clauseIds(state.doc)].sort()).toEqual([...clauseIds(document)].sort());
  });

  it('up then down gives back the same document', () => {
    const document = sampleDocument();
    const up = run(planMoveClauseUp, document, '计算');
    const down = run(planMoveClauseDown, up.doc, '计算');
    expect(down.doc.eq(document)).toBe(true);
  });

  it('stops at the first and last sibling, and never leaves the annex', () => {
    cannotRun(planMoveClauseUp, sampleDocument(), '范围');
    cannotRun(planMoveClauseUp, sampleDocument(), '一般要求');
    cannotRun(planMoveClauseDown, sampleDocument(), '试验方法');
    cannotRun(planMoveClauseDown, sampleDocument(), '计算正文');
    cannotRun(planMoveClauseUp, sampleDocument(), '示例数据');
  });
});

describe('moveClauseTo (outline drag and drop)', () => {
  it('moves before and after a sibling', () => {
    expect(outlineLines(drop('标志', '一般要求', 'before')!.doc).slice(2, 5)).toEqual(['2.1 标志', '2.2 一般要求', '2.3 性能']);
    expect(outlineLines(drop('范围', '试验方法', 'after')!.doc).slice(0, 3)).toEqual(['1 要求', '1.1 一般要求', '1.2 性能']);
  });

  it('reparents when dropped next to a clause at another level', () => {
    const state = drop('强度', '试验方法', 'before')!;
    expect(outlineLines(state.doc).slice(3, 9)).toEqual(['2.2 性能', '2.2.1 硬度', '2.3 标志', '3 强度', '4 试验方法', '附录A 资料性附录']);
    const intoAnnex = drop('试验方法', '示例数据', 'after')!;
    expect(outlineLines(intoAnnex.doc).slice(-4)).toEqual(['附录A 资料性附录', 'A.1 示例数据', 'A.2 试验方法', 'A.3 计算']);
  });

  it('moves inside a clause or an annex as its last sub-clause and puts the cursor in the title', () => {
    const state = drop('范围', '标志', 'inside')!;
    expect(outlineLines(state.doc).slice(0, 8)).toEqual(['1 要求', '1.1 一般要求', '1.2 性能', '1.2.1 强度', '1.2.2 硬度', '1.3 标志', '1.3.1 范围', '2 试验方法']);
    expect(cursorText(state)).toBe('范围');
    expect(state.selection.$from.parentOffset).toBe(2);
    expect(outlineLines(drop('性能', '资料性附录', 'inside')!.doc).slice(-6)).toEqual(['附录A 资料性附录', 'A.1 示例数据', 'A.2 计算', 'A.3 性能', 'A.3.1 强度', 'A.3.2 硬度']);
  });

  it('refuses drops the schema or the tree forbids, and no-ops', () => {
    expect(drop('性能', '强度', 'after')).toBeNull();
    expect(drop('要求', '要求', 'inside')).toBeNull();
    expect(drop('试验方法', '资料性附录', 'after')).toBeNull();
    expect(drop('一般要求', '性能', 'before')).toBeNull();
    expect(drop('资料性附录', '范围', 'after')).toBeNull();
    expect(drop('missing', '范围', 'after')).toBeNull();
  });

  it('keeps the outline of an untouched document', () => {
    expect(outlineLines(sampleDocument())).toEqual(sampleOutline);
  });
});
