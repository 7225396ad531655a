import { describe, expect, it } from 'vitest';
import { planJoinClauseWithPrevious } from '../../../../client/editor/structure/join-clause';
import { cannotRun, clause, cursorText, documentOf, outlineLines, paragraph, run, sampleDocument } from './structure-fixtures';

describe('joinClauseWithPrevious', () => {
  it('keeps a non-empty title as the first moved paragraph, so no text is lost', () => {
    const state = run(planJoinClauseWithPrevious, sampleDocument(), '试验方法正文');
    expect(outlineLines(state.doc).slice(0, 8)).toEqual(['1 范围', '2 要求', '2.1 一般要求', '2.2 性能', '2.2.1 强度', '2.2.2 硬度', '2.3 标志', '附录A 资料性附录']);
    const sign = state.doc.child(2).lastChild!;
    expect([...Array(sign.childCount).keys()].map((index) => sign.child(index).textContent)).toEqual(['标志', '标志正文', '试验方法', '试验方法正文']);
    expect(cursorText(state)).toBe('试验方法');
  });

  it('drops an empty title', () => {
    const document = documentOf(clause('范围', paragraph('甲')), clause('', paragraph('乙')));
    const state = run(planJoinClauseWithPrevious, document, '乙');
    expect(state.doc.child(1).textContent).toBe('范围甲乙');
    expect(state.doc.childCount).toBe(2);
  });

  it('removes an untouched new clause (empty title, one empty paragraph) without leaving an empty paragraph', () => {
    const document = documentOf(clause('范围', paragraph('甲')), clause('', paragraph()));
    const state = run(planJoinClauseWithPrevious, document, '');
    expect(state.doc.childCount).toBe(2);
    expect(state.doc.child(1).childCount).toBe(2);
    expect(cursorText(state)).toBe('甲');
  });

  it('appends the body to the text right before it and the sub-clauses after the existing sub-clauses', () => {
    const state = run(planJoinClauseWithPrevious, sampleDocument(), '标志');
    expect(outlineLines(state.doc).slice(1, 7)).toEqual(['2 要求', '2.1 一般要求', '2.2 性能', '2.2.1 强度', '2.2.2 硬度', '3 试验方法']);
    expect(state.doc.child(2).child(2).lastChild!.textContent).toBe('硬度硬度正文标志标志正文');
  });

  it('merges sub-clauses into the previous sibling, renumbering them after its own', () => {
    const document = documentOf(clause('甲章', paragraph('甲'), clause('甲一', paragraph('a'))), clause('乙章', clause('乙一', paragraph('b')), clause('乙二', paragraph('c'))));
    const state = run(planJoinClauseWithPrevious, document, '乙章');
    expect(outlineLines(state.doc)).toEqual(['1 甲章', '1.1 甲一', '1.2 乙一', '1.3 乙二']);
    expect(state.doc.child(1).child(2).textContent).toBe('甲一a乙章');
  });

  it('needs a previous sibling clause', () => {
    cannotRun(planJoinClauseWithPrevious, sampleDocument(), '范围正文');
    cannotRun(planJoinClauseWithPrevious, sampleDocument(), '示例数据');
  });
});
