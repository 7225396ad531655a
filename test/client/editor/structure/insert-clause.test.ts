import { describe, expect, it } from 'vitest';
import { planInsertClauseAfter, planInsertSubClause } from '../../../../client/editor/structure/insert-clause';
import { annex, cannotRun, clause, clauseIds, cursorText, documentOf, outlineLines, paragraph, run, sampleDocument, sampleOutline } from './structure-fixtures';

describe('insertClauseAfter', () => {
  it('adds a chapter after the chapter that holds the cursor, with the cursor in its empty title', () => {
    const state = run(planInsertClauseAfter, sampleDocument(), '试验方法正文');
    expect(outlineLines(state.doc)).toEqual([...sampleOutline.slice(0, 8), '4', ...sampleOutline.slice(8)]);
    expect(state.selection.$from.parent.type.name).toBe('clauseTitle');
    expect(cursorText(state)).toBe('');
    expect(state.doc.resolve(state.selection.from).node(-1).child(1).type.name).toBe('paragraph');
  });

  it('adds a clause at the same level after the innermost clause, before the following siblings', () => {
    const state = run(planInsertClauseAfter, sampleDocument(), '强度');
    expect(outlineLines(state.doc)).toEqual(['1 范围', '2 要求', '2.1 一般要求', '2.2 性能', '2.2.1 强度', '2.2.2', '2.2.3 硬度', '2.3 标志', '3 试验方法', '附录A 资料性附录', 'A.1 示例数据', 'A.2 计算']);
  });

  it('works inside an annex and keeps the existing ids', () => {
    const document = sampleDocument();
    const state = run(planInsertClauseAfter, document, '示例数据');
    expect(outlineLines(state.doc).slice(-4)).toEqual(['附录A 资料性附录', 'A.1 示例数据', 'A.2', 'A.3 计算']);
    expect(clauseIds(state.doc)).toEqual(clauseIds(document));
  });

  it('needs a clause around the cursor', () => {
    cannotRun(planInsertClauseAfter, sampleDocument(), '前言');
    cannotRun(planInsertClauseAfter, documentOf(clause('范围', paragraph('x')), annex('附录', paragraph('附录正文'))), '附录正文');
  });
});

describe('insertSubClause', () => {
  it('adds the last sub-clause of the clause that holds the cursor, after the existing ones', () => {
    const state = run(planInsertSubClause, sampleDocument(), '性能正文');
    expect(outlineLines(state.doc).slice(3, 8)).toEqual(['2.2 性能', '2.2.1 强度', '2.2.2 硬度', '2.2.3', '2.3 标志']);
    expect(state.selection.$from.parent.type.name).toBe('clauseTitle');
  });

  it('keeps the body of a clause and puts the sub-clause after it', () => {
    const state = run(planInsertSubClause, sampleDocument(), '范围');
    const chapter = state.doc.child(1);
    expect(chapter.child(1).textContent).toBe('范围正文');
    expect(chapter.child(2).type.name).toBe('clause');
    expect(outlineLines(state.doc).slice(0, 3)).toEqual(['1 范围', '1.1', '2 要求']);
  });

  it('replaces the single empty paragraph a new clause starts with, so no hanging paragraph is left', () => {
    const document = documentOf(clause('范围', paragraph('x')), clause('新章', paragraph()));
    const state = run(planInsertSubClause, document, '新章');
    const chapter = state.doc.child(2);
    expect(chapter.childCount).toBe(2);
    expect(chapter.child(1).type.name).toBe('clause');
  });

  it('adds the first clause of an annex from the annex body', () => {
    const document = documentOf(clause('范围', paragraph('x')), annex('附录', paragraph('附录正文')));
    const state = run(planInsertSubClause, document, '附录正文');
    expect(outlineLines(state.doc)).toEqual(['1 范围', '附录A 附录', 'A.1']);
  });

  it('needs a clause or an annex around the cursor', () => {
    cannotRun(planInsertSubClause, sampleDocument(), '前言');
  });
});
