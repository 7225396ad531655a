import { describe, expect, it } from 'vitest';
import { findText, stillMatches } from '../../../shared/document/find-text';
import { buildDocument } from '../../helpers/build-document';
import { clause, crossReference, minimalStandard, paragraph, tableBlock } from '../../helpers/standard-builder';

const document = buildDocument(
  minimalStandard(
    clause('chapter-4', '充电器要求', paragraph('充电器应符合本章规定。Charger 与 charger 同义。'), paragraph('见', crossReference('chapter-4'), '充电器'), tableBlock({ id: 'table-1', title: '充电器参数', rows: [['项目', '充电器'], ['电压', '48 V']] })),
  ),
);

function texts(query: string, caseSensitive = false): string[] {
  return findText(document, query, { caseSensitive }).map((match) => document.textBetween(match.from, match.to));
}

describe('findText', () => {
  it('finds every occurrence in titles, paragraphs and table cells, in document order', () => {
    const matches = findText(document, '充电器', { caseSensitive: false });
    expect(matches.length).toBe(5);
    expect(texts('充电器').every((text) => text === '充电器')).toBe(true);
    for (let index = 1; index < matches.length; index += 1) expect((matches[index]?.from ?? 0) > (matches[index - 1]?.to ?? 0) - 1).toBe(true);
  });

  it('ignores case unless asked not to', () => {
    expect(texts('charger')).toEqual(['Charger', 'charger']);
    expect(texts('charger', true)).toEqual(['charger']);
  });

  it('does not match across an inline node or between blocks', () => {
    expect(texts('见充电器')).toEqual([]);
    expect(texts('同义。见')).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(findText(document, '', { caseSensitive: false })).toEqual([]);
  });

  it('tells whether a range still holds the query', () => {
    const [first] = findText(document, 'charger', { caseSensitive: false });
    if (!first) throw new Error('no match');
    expect(stillMatches(document, first, 'CHARGER', { caseSensitive: false })).toBe(true);
    expect(stillMatches(document, first, 'CHARGER', { caseSensitive: true })).toBe(false);
    expect(stillMatches(document, { from: first.from + 1, to: first.to + 1 }, 'charger', { caseSensitive: false })).toBe(false);
  });
});
