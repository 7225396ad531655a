import { describe, expect, it } from 'vitest';
import { commentableNodes } from '../../../../client/editor/comments/commented-nodes';
import type { MarkedComment } from '../../../../client/editor/comments/marked-comment';
import { commentDecorations } from '../../../../client/editor/comments/marker-decorations';
import { findQuoteInClause } from '../../../../client/editor/comments/quote-search';
import { planInsertClauseAfter } from '../../../../client/editor/structure/insert-clause';
import { annex, clause, documentOf, paragraph, positionInText, run } from '../structure/structure-fixtures';

function comment(id: string, clauseId: string, anchor: MarkedComment['anchor'] = null): MarkedComment {
  return { id, clauseId, status: 'open', anchor };
}

const rendering = { onOpenClause: () => undefined, markerLabel: (count: number) => `${count} 条意见` };

function markerKeys(document: ReturnType<typeof documentOf>, comments: MarkedComment[], passages = new Map<string, { from: number; to: number }>()) {
  const decorations = commentDecorations(document, { comments, passages, activeClauseId: null }, rendering).find();
  return decorations.map((decoration) => ({ at: decoration.from, to: decoration.to, key: (decoration.spec as { key?: string }).key ?? 'passage' }));
}

describe('comment markers', () => {
  const document = documentOf(clause('范围', paragraph('范围正文')), clause('要求', clause('一般要求', paragraph('一般要求正文'))), annex('资料性附录', paragraph('附录正文')));

  it('puts one marker with the count at the start of the title of each commented clause or annex', () => {
    const comments = [comment('a', '一般要求'), comment('b', '一般要求'), comment('c', '资料性附录')];
    expect(markerKeys(document, comments)).toEqual([
      { at: positionInText(document, '一般要求'), to: positionInText(document, '一般要求'), key: 'comment-marker:一般要求:2:false:2 条意见' },
      { at: positionInText(document, '资料性附录'), to: positionInText(document, '资料性附录'), key: 'comment-marker:资料性附录:1:false:1 条意见' },
    ]);
  });

  it('moves the marker with its clause when a clause is inserted before it', () => {
    const inserted = run(planInsertClauseAfter, document, '范围正文').doc;
    expect(markerKeys(inserted, [comment('a', '一般要求')]).map((marker) => marker.at)).toEqual([positionInText(inserted, '一般要求')]);
  });

  it('marks no clause for a comment whose clause was deleted: the panel lists it as detached', () => {
    expect(markerKeys(document, [comment('a', '已删除的条')])).toEqual([]);
    expect(commentableNodes(document).has('已删除的条')).toBe(false);
  });

  it('highlights a found passage of an open comment', () => {
    const from = positionInText(document, '一般要求正文');
    const marks = markerKeys(document, [comment('a', '一般要求', { start: '', end: '', quote: '要求正文' })], new Map([['a', { from: from + 2, to: from + 6 }]]));
    expect(marks.filter((mark) => mark.key === 'passage')).toEqual([{ at: from + 2, to: from + 6, key: 'passage' }]);
  });
});

describe('findQuoteInClause', () => {
  const document = documentOf(clause('要求', paragraph('第一段文字。'), paragraph('第二段文字。'), clause('子条', paragraph('子条里的第一段文字。'))));
  const requirements = commentableNodes(document).get('要求')!;

  it('finds a quote spanning two paragraphs, as the server quotes it with a line break', () => {
    const range = findQuoteInClause(requirements, '文字。\n第二段');
    const first = positionInText(document, '第一段文字。');
    expect(range).toEqual({ from: first + 3, to: positionInText(document, '第二段文字。') + 3 });
  });

  it('looks in the clause itself, not in its sub-clauses', () => {
    expect(findQuoteInClause(requirements, '子条里')).toBeNull();
    expect(findQuoteInClause(requirements, '   ')).toBeNull();
  });
});
