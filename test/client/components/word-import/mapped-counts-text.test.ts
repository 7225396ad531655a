import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WordImportReport } from '../../../../shared/api/word-import';
import { findingLocations } from '../../../../client/components/word-import/finding-locations';
import { mappedCountsText } from '../../../../client/components/word-import/mapped-counts-text';
import { setLanguage } from '../../../../client/i18n/language';

const none: WordImportReport['mapped'] = { clauses: 0, annexes: 0, terms: 0, references: 0, tables: 0, figures: 0, formulas: 0, notes: 0, examples: 0, footnotes: 0, lists: 0, crossReferences: 0, coverFields: 0 };

describe('the mapped counts of a Word import, in words', () => {
  // Switching the language also sets the page's lang attribute.
  beforeAll(() => vi.stubGlobal('document', { documentElement: { lang: '' } }));
  afterEach(() => setLanguage('zh-CN'));
  afterAll(() => vi.unstubAllGlobals());

  it('names every kind the file gave at least one of, in the order of the contract', () => {
    expect(mappedCountsText({ ...none, terms: 8, clauses: 12, annexes: 3 })).toBe('12 个章条、3 个附录、8 个术语');
  });

  it('says one and many apart in English', () => {
    setLanguage('en');
    expect(mappedCountsText({ ...none, clauses: 12, annexes: 1, crossReferences: 2 })).toBe('12 clauses, 1 annex, 2 cross-references');
  });

  it('is null when nothing was recognised', () => {
    expect(mappedCountsText(none)).toBeNull();
  });
});

describe('where the checker findings of an imported draft are', () => {
  it('names clauses by number, annexes by letter, front matter by title and elements by reference', () => {
    const locations = findingLocations({
      items: [
        { id: 'foreword', kind: 'foreword', number: null, title: '前言', level: 1 },
        { id: 'clause', kind: 'clause', number: '5.2', title: '试验', level: 2 },
        { id: 'annex', kind: 'annex', number: 'A', title: '测量方法', level: 1 },
        { id: null, kind: 'clause', number: '6', title: '', level: 1 },
      ],
      elements: [{ id: 'table', kind: 'table', reference: '表2', title: '尺寸', withinId: 'clause' }],
    });
    expect([...locations]).toEqual([
      ['foreword', '前言'],
      ['clause', '5.2'],
      ['annex', '附录 A'],
      ['table', '表2'],
    ]);
  });
});
