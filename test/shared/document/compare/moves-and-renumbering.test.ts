import { describe, expect, it } from 'vitest';
import { clause, crossReference, minimalStandard, paragraph } from '../../../helpers/standard-builder';
import { appearance, baseStandard, compare, dimensions, generalChapter, insulation, performanceChapter, strength, temperature } from './comparison-fixtures';

describe('compareDocuments: moves, deletions and renumbering', () => {
  it('calls a clause moved when the same id stands under another parent', () => {
    const moved = minimalStandard(generalChapter(appearance, dimensions, strength), performanceChapter(temperature, insulation));
    const { entry, idsWith } = compare(baseStandard(), moved);

    expect(entry('clause-5-3')).toMatchObject({ change: 'moved', fromNumber: '5.3', toNumber: '4.3', title: '强度', textChanged: false, textChanges: [] });
    expect(idsWith('moved')).toEqual(['clause-5-3']);
    expect(idsWith('added')).toEqual([]);
    expect(idsWith('removed')).toEqual([]);
  });

  it('calls the same text under a new id a deletion plus an insertion, not a move', () => {
    const copy = clause('clause-4-3-new', '强度', paragraph('外壳应承受50 N的压力而不变形。'));
    const { entry, idsWith } = compare(baseStandard(), minimalStandard(generalChapter(appearance, dimensions, copy), performanceChapter(temperature, insulation)));

    expect(entry('clause-5-3')).toMatchObject({ change: 'removed', fromNumber: '5.3', toNumber: null, title: '强度', textChanged: true });
    expect(entry('clause-5-3').textChanges).toEqual([{ kind: 'delete', text: '强度\n外壳应承受50 N的压力而不变形。' }]);
    expect(entry('clause-4-3-new')).toMatchObject({ change: 'added', fromNumber: null, toNumber: '4.3', textChanges: [{ kind: 'insert', text: '强度\n外壳应承受50 N的压力而不变形。' }] });
    expect(idsWith('moved')).toEqual([]);
  });

  it('places a removed entry after the entry that preceded it in the old version', () => {
    const { comparison } = compare(baseStandard(), minimalStandard(generalChapter(appearance, dimensions), performanceChapter(temperature, strength)));
    const ids = comparison.clauses.map((entry) => entry.id);

    expect(ids.slice(ids.indexOf('chapter-performance'))).toEqual(['chapter-performance', 'clause-5-1', 'clause-5-2', 'clause-5-3']);
    expect(comparison.clauses.find((entry) => entry.id === 'clause-5-2')?.change).toBe('removed');
    expect(comparison.clauses.find((entry) => entry.id === 'clause-5-3')).toMatchObject({ change: 'renumbered', fromNumber: '5.3', toNumber: '5.2' });
  });

  it('moves only the clause that left its place among its siblings; the others are renumbered', () => {
    const { entry, idsWith } = compare(baseStandard(), minimalStandard(generalChapter(appearance, dimensions), performanceChapter(insulation, strength, temperature)));

    expect(idsWith('moved')).toEqual(['clause-5-1']);
    expect(entry('clause-5-1')).toMatchObject({ fromNumber: '5.1', toNumber: '5.3' });
    expect(entry('clause-5-2')).toMatchObject({ change: 'renumbered', fromNumber: '5.2', toNumber: '5.1' });
    expect(entry('clause-5-3')).toMatchObject({ change: 'renumbered', fromNumber: '5.3', toNumber: '5.2' });
  });

  it('renumbers the later chapters and their clauses when a chapter is inserted before them', () => {
    const referring = clause('clause-5-1', '耐温', paragraph('样品应在70 ℃下保持2 h，外观要求见', crossReference('clause-4-1'), '。'));
    const from = minimalStandard(generalChapter(appearance, dimensions), performanceChapter(referring, insulation, strength));
    const inserted = clause('chapter-marking', '标志', paragraph('产品应有清晰的标志。'));
    const to = minimalStandard(inserted, generalChapter(appearance, dimensions), performanceChapter(referring, insulation, strength));
    const { entry, idsWith, comparison } = compare(from, to);

    expect(entry('chapter-marking')).toMatchObject({ change: 'added', toNumber: '4' });
    expect(idsWith('moved')).toEqual([]);
    expect(idsWith('changed')).toEqual([]);
    expect(idsWith('renumbered')).toEqual(['chapter-general', 'clause-4-1', 'clause-4-2', 'chapter-performance', 'clause-5-1', 'clause-5-2', 'clause-5-3']);
    expect(entry('clause-4-1')).toMatchObject({ fromNumber: '4.1', toNumber: '5.1', textChanged: false, textChanges: [] });
    expect(entry('chapter-scope').change).toBe('unchanged');
    expect(comparison.summary).toMatchObject({ added: 1, renumbered: 7, changed: 0, moved: 0, removed: 0 });
  });

  it('calls a moved clause whose text also changed moved, with its text changes', () => {
    const edited = clause('clause-5-3', '强度', paragraph('外壳应承受80 N的压力而不变形。'));
    const { entry } = compare(baseStandard(), minimalStandard(generalChapter(edited, appearance, dimensions), performanceChapter(temperature, insulation)));

    expect(entry('clause-5-3')).toMatchObject({ change: 'moved', fromNumber: '5.3', toNumber: '4.1', textChanged: true });
    expect(entry('clause-5-3').textChanges).toEqual([
      { kind: 'equal', text: '强度\n外壳应承受' },
      { kind: 'delete', text: '50' },
      { kind: 'insert', text: '80' },
      { kind: 'equal', text: ' N的压力而不变形。' },
    ]);
    expect(entry('clause-4-1')).toMatchObject({ change: 'renumbered', fromNumber: '4.1', toNumber: '4.2' });
  });

  it('does not call a moved chapter\'s clauses moved, only renumbered', () => {
    const { entry, idsWith } = compare(baseStandard(), minimalStandard(performanceChapter(temperature, insulation, strength), generalChapter(appearance, dimensions)));

    expect(idsWith('moved')).toEqual(['chapter-performance']);
    expect(entry('chapter-general')).toMatchObject({ change: 'renumbered', fromNumber: '4', toNumber: '5' });
    expect(entry('clause-5-1')).toMatchObject({ change: 'renumbered', fromNumber: '5.1', toNumber: '4.1' });
    expect(entry('clause-4-2')).toMatchObject({ change: 'renumbered', fromNumber: '4.2', toNumber: '5.2' });
  });

  it('leaves out elements without an id, and their text', () => {
    const anonymous = clause('', '附加', paragraph('没有标识的条。'));
    const { comparison } = compare(baseStandard(), minimalStandard(generalChapter(appearance, dimensions, anonymous), performanceChapter(temperature, insulation, strength)));

    expect(comparison.clauses.map((entry) => entry.id)).not.toContain('');
    expect(comparison.summary.text.zh).toBe('无变化');
  });
});
