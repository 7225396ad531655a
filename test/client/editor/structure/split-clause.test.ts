import { describe, expect, it } from 'vitest';
import { planSplitClause } from '../../../../client/editor/structure/split-clause';
import { cannotRun, clause, clauseIds, cursorText, documentOf, outlineLines, paragraph, run, sampleDocument } from './structure-fixtures';

function threeParagraphChapter() {
  return documentOf(clause('范围', paragraph('x')), clause('要求', paragraph('甲'), paragraph('乙'), paragraph('丙')), clause('试验方法', paragraph('y')));
}

describe('splitClause', () => {
  it('moves the blocks after the cursor block into a new sibling clause with an empty title that takes the cursor', () => {
    const state = run(planSplitClause, threeParagraphChapter(), '甲');
    expect(outlineLines(state.doc)).toEqual(['1 范围', '2 要求', '3', '4 试验方法']);
    expect(state.doc.child(2).childCount).toBe(2);
    expect(state.doc.child(3).textContent).toBe('乙丙');
    expect(state.selection.$from.parent.type.name).toBe('clauseTitle');
    expect(cursorText(state)).toBe('');
  });

  it('keeps the original clause id on the first part; the new part has none until UniqueID gives it one', () => {
    const state = run(planSplitClause, threeParagraphChapter(), '乙');
    expect(state.doc.child(2).attrs.id).toBe('要求');
    expect(state.doc.child(3).attrs.id).toBeNull();
    expect(state.doc.child(3).textContent).toBe('丙');
  });

  it('takes the sub-clauses along, since they follow the cursor in document order', () => {
    const document = documentOf(clause('范围', paragraph('x')), clause('要求', paragraph('甲'), paragraph('乙'), clause('一般', paragraph('一般正文'))));
    const state = run(planSplitClause, document, '甲');
    expect(outlineLines(state.doc)).toEqual(['1 范围', '2 要求', '3', '3.1 一般']);
    expect(clauseIds(state.doc)).toEqual(clauseIds(document));
  });

  it('splits a nested clause into two siblings at its level', () => {
    const state = run(planSplitClause, documentOf(clause('要求', clause('性能', paragraph('甲'), paragraph('乙')))), '甲');
    expect(outlineLines(state.doc)).toEqual(['1 要求', '1.1 性能', '1.2']);
  });

  it('needs a body block with something after it', () => {
    cannotRun(planSplitClause, threeParagraphChapter(), '要求');
    cannotRun(planSplitClause, threeParagraphChapter(), '丙');
    cannotRun(planSplitClause, sampleDocument(), '前言');
  });
});
