import { describe, expect, it } from 'vitest';
import { planDemoteClause, planPromoteClause } from '../../../../client/editor/structure/nest-clause';
import { cannotRun, clause, clauseIds, cursorText, documentOf, outlineLines, paragraph, run, sampleDocument } from './structure-fixtures';

describe('promoteClause', () => {
  it('makes the clause the next sibling of its parent, carrying its body and sub-clauses', () => {
    const state = run(planPromoteClause, sampleDocument(), '性能正文');
    expect(outlineLines(state.doc).slice(0, 9)).toEqual(['1 范围', '2 要求', '2.1 一般要求', '2.2 标志', '3 性能', '3.1 强度', '3.2 硬度', '4 试验方法', '附录A 资料性附录']);
    expect(cursorText(state)).toBe('性能正文');
  });

  it('leaves the following siblings under the old parent, as an outliner does', () => {
    const state = run(planPromoteClause, sampleDocument(), '一般要求');
    expect(outlineLines(state.doc).slice(1, 8)).toEqual(['2 要求', '2.1 性能', '2.1.1 强度', '2.1.2 硬度', '2.2 标志', '3 一般要求', '4 试验方法']);
  });

  it('appends a promoted clause after its parent even when the parent is nested', () => {
    const state = run(planPromoteClause, sampleDocument(), '强度');
    expect(outlineLines(state.doc).slice(3, 8)).toEqual(['2.2 性能', '2.2.1 硬度', '2.3 强度', '2.4 标志', '3 试验方法']);
  });

  it('keeps every id, including the moved clause and its sub-clauses', () => {
    const document = sampleDocument();
    const state = run(planPromoteClause, document, '性能');
    expect([...clauseIds(state.doc)].sort()).toEqual([...clauseIds(document)].sort());
    expect(state.doc.child(3).attrs.id).toBe('性能');
  });

  it('cannot promote a chapter or a top clause of an annex', () => {
    cannotRun(planPromoteClause, sampleDocument(), '范围正文');
    cannotRun(planPromoteClause, sampleDocument(), '示例数据');
  });
});

describe('demoteClause', () => {
  it('makes the clause the last sub-clause of its previous sibling', () => {
    const state = run(planDemoteClause, sampleDocument(), '试验方法');
    expect(outlineLines(state.doc).slice(0, 9)).toEqual(['1 范围', '2 要求', '2.1 一般要求', '2.2 性能', '2.2.1 强度', '2.2.2 硬度', '2.3 标志', '2.4 试验方法', '附录A 资料性附录']);
    expect(cursorText(state)).toBe('试验方法');
  });

  it('appends after the sub-clauses the previous sibling already has, keeping body blocks first', () => {
    const state = run(planDemoteClause, sampleDocument(), '标志正文');
    expect(outlineLines(state.doc).slice(3, 8)).toEqual(['2.2 性能', '2.2.1 强度', '2.2.2 硬度', '2.2.3 标志', '3 试验方法']);
    const performance = state.doc.child(2).child(2);
    expect(performance.child(1).type.name).toBe('paragraph');
    expect(performance.lastChild?.attrs.id).toBe('标志');
  });

  it('demotes into a sibling that has only a title', () => {
    const document = documentOf(clause('范围', paragraph('x')), clause('空章'), clause('后章', paragraph('后章正文')));
    const state = run(planDemoteClause, document, '后章正文');
    expect(outlineLines(state.doc)).toEqual(['1 范围', '2 空章', '2.1 后章']);
  });

  it('demote then promote gives back the same document', () => {
    const document = sampleDocument();
    const demoted = run(planDemoteClause, document, '标志');
    const promoted = run(planPromoteClause, demoted.doc, '标志');
    expect(promoted.doc.eq(document)).toBe(true);
  });

  it('cannot demote the first clause of its parent', () => {
    cannotRun(planDemoteClause, sampleDocument(), '范围');
    cannotRun(planDemoteClause, sampleDocument(), '一般要求');
    cannotRun(planDemoteClause, sampleDocument(), '示例数据正文');
  });
});
