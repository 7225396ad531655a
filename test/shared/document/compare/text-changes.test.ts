import { describe, expect, it } from 'vitest';
import { annex, clause, minimalStandard, paragraph, standardDocument, standardForeword, scopeChapter, normativeReferencesChapter, tableBlock, termEntry, termsChapter } from '../../../helpers/standard-builder';
import { appearance, baseStandard, compare, dimensions, generalChapter, insulation, performanceChapter, strength, temperature } from './comparison-fixtures';

const rows = [
  ['项目', '要求'],
  ['长度', '10 mm'],
];

function withTable(cells: string[][]) {
  const clauseWithTable = clause('clause-5-1', '耐温', paragraph('各项指标应符合表1的规定。'), tableBlock({ id: 'table-limits', title: '技术要求', rows: cells, notes: [['表中数值为最小值。']] }));
  return minimalStandard(generalChapter(appearance, dimensions), performanceChapter(clauseWithTable, insulation, strength));
}

function withTerm(definition: string) {
  const term = termEntry({ id: 'term-enclosure', chinese: '外壳', english: 'enclosure', definition, source: 'GB/T 2900.1—2008，3.1' });
  return standardDocument(standardForeword(), scopeChapter(), normativeReferencesChapter(), termsChapter([term]), generalChapter(appearance, dimensions));
}

describe('compareDocuments: own text', () => {
  it('shows one changed word in a paragraph as a deletion and an insertion', () => {
    const edited = clause('clause-4-1', '外观', paragraph('外壳表面宜平整，无明显划痕。'));
    const { entry, idsWith } = compare(baseStandard(), minimalStandard(generalChapter(edited, dimensions), performanceChapter(temperature, insulation, strength)));

    expect(idsWith('changed')).toEqual(['clause-4-1']);
    expect(entry('clause-4-1')).toMatchObject({ fromNumber: '4.1', toNumber: '4.1', title: '外观', textChanged: true });
    expect(entry('clause-4-1').textChanges).toEqual([
      { kind: 'equal', text: '外观\n外壳表面' },
      { kind: 'delete', text: '应' },
      { kind: 'insert', text: '宜' },
      { kind: 'equal', text: '平整，无明显划痕。' },
    ]);
  });

  it('shows a title change and reports the new title', () => {
    const edited = clause('clause-4-2', '外形尺寸', paragraph('长度偏差应不大于10 mm。'));
    const { entry } = compare(baseStandard(), minimalStandard(generalChapter(appearance, edited), performanceChapter(temperature, insulation, strength)));

    expect(entry('clause-4-2')).toMatchObject({ change: 'changed', title: '外形尺寸' });
    expect(entry('clause-4-2').textChanges).toEqual([
      { kind: 'insert', text: '外形' },
      { kind: 'equal', text: '尺寸\n长度偏差应不大于10 mm。' },
    ]);
  });

  it('folds tiny equal runs between changes so the replacement reads as one', () => {
    const edited = clause('clause-4-1', '外观', paragraph('外壳表面宜光洁，无明显划痕。'));
    const { entry } = compare(baseStandard(), minimalStandard(generalChapter(edited, dimensions), performanceChapter(temperature, insulation, strength)));

    expect(entry('clause-4-1').textChanges).toEqual([
      { kind: 'equal', text: '外观\n外壳表面' },
      { kind: 'delete', text: '应平整' },
      { kind: 'insert', text: '宜光洁' },
      { kind: 'equal', text: '，无明显划痕。' },
    ]);
  });

  it('marks the changed sub-clause, not its chapter', () => {
    const edited = clause('clause-5-2', '绝缘', paragraph('绝缘电阻应不小于200 MΩ。'));
    const { entry, idsWith } = compare(baseStandard(), minimalStandard(generalChapter(appearance, dimensions), performanceChapter(temperature, edited, strength)));

    expect(idsWith('changed')).toEqual(['clause-5-2']);
    expect(entry('chapter-performance')).toMatchObject({ change: 'unchanged', textChanged: false, textChanges: [] });
  });

  it('marks a table changed when one of its cells changes, not the clause holding it', () => {
    const { entry, idsWith } = compare(withTable(rows), withTable([['项目', '要求'], ['长度', '12 mm']]));

    expect(idsWith('changed')).toEqual(['table-limits']);
    expect(entry('table-limits')).toMatchObject({ kind: 'table', fromNumber: '1', toNumber: '1', title: '技术要求' });
    expect(entry('table-limits').textChanges).toEqual([
      { kind: 'equal', text: '技术要求\n项目\n要求\n长度\n' },
      { kind: 'delete', text: '10' },
      { kind: 'insert', text: '12' },
      { kind: 'equal', text: ' mm\n表中数值为最小值。' },
    ]);
    expect(entry('clause-5-1').change).toBe('unchanged');
  });

  it('marks a term entry changed when its definition changes, not the terms chapter', () => {
    const { entry, idsWith } = compare(withTerm('包围设备内部部件的壳体'), withTerm('包围并保护设备内部部件的壳体'));

    expect(idsWith('changed')).toEqual(['term-enclosure']);
    expect(entry('term-enclosure')).toMatchObject({ kind: 'term', fromNumber: '3.1', toNumber: '3.1', title: '外壳' });
    expect(entry('term-enclosure').textChanges).toEqual([
      { kind: 'equal', text: '外壳\nenclosure\n包围' },
      { kind: 'insert', text: '并保护' },
      { kind: 'equal', text: '设备内部部件的壳体\nGB/T 2900.1—2008，3.1' },
    ]);
  });

  it('reports an added annex and its table with their letters', () => {
    const added = annex({ id: 'annex-data', title: '试验数据', normative: true }, paragraph('数据按表A.1记录。'), tableBlock({ id: 'annex-table', title: '记录表', rows }));
    const { entry, idsWith } = compare(baseStandard(), minimalStandard(generalChapter(appearance, dimensions), performanceChapter(temperature, insulation, strength), added));

    expect(idsWith('added')).toEqual(['annex-data', 'annex-table']);
    expect(entry('annex-data')).toMatchObject({ kind: 'annex', toNumber: 'A', fromNumber: null, title: '试验数据', textChanges: [{ kind: 'insert', text: '(规范性)\n试验数据\n数据按表A.1记录。' }] });
    expect(entry('annex-table')).toMatchObject({ kind: 'table', toNumber: 'A.1' });
  });

  it('marks an annex changed when it turns from informative to normative', () => {
    const informative = annex({ id: 'annex-data', title: '试验数据' }, paragraph('数据按表记录。'));
    const normative = annex({ id: 'annex-data', title: '试验数据', normative: true }, paragraph('数据按表记录。'));
    const { entry } = compare(minimalStandard(generalChapter(appearance, dimensions), informative), minimalStandard(generalChapter(appearance, dimensions), normative));

    expect(entry('annex-data')).toMatchObject({
      change: 'changed',
      textChanges: [
        { kind: 'equal', text: '(' },
        { kind: 'delete', text: '资料' },
        { kind: 'insert', text: '规范' },
        { kind: 'equal', text: '性)\n试验数据\n数据按表记录。' },
      ],
    });
  });
});
