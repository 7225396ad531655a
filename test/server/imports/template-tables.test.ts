import { describe, expect, it } from 'vitest';
import { readDocxTables } from '../../../server/imports/docx-tables';
import { readXlsxFirstSheet } from '../../../server/imports/xlsx-sheet';
import { isoTemplateHeader, nationalSummaryHeader } from '../../fixtures/templates/template-headers';
import { templateDocx } from '../../fixtures/templates/template-docx';
import { templateXlsx } from '../../fixtures/templates/template-xlsx';

describe('reading the tables of uploaded templates', () => {
  it('reads the tables of a Word file as grid rows, a template table in its own columns only: paragraphs become lines, merged cells repeat the text above', async () => {
    const docx = await templateDocx([
      [['项目', '值'], ['名称', '智能制造 术语']],
      [
        isoTemplateHeader,
        ['CN', '12', { text: '5.2', mergeDown: true }, '表2', 'te', '第一行\n第二行 & <更多>', '改为“应”', ''],
        ['CN', '', { continueMerge: true }, '', 'ed', '错别字', '', ''],
        [{ text: '跨两列', columnSpan: 2 }, '6', '', 'ge', '意见', '', ''],
      ],
    ]);
    const tables = await readDocxTables(docx);
    expect(tables).toHaveLength(2);
    expect(tables[0]?.[1]).toEqual({ number: 2, cells: ['名称', '智能制造 术语'] });
    const iso = tables[1] ?? [];
    expect(iso[0]?.cells).toEqual(isoTemplateHeader.slice(1, 7));
    expect(iso[1]).toEqual({ number: 2, cells: ['12', '5.2', '表2', 'te', '第一行\n第二行 & <更多>', '改为“应”'] });
    expect(iso[2]).toEqual({ number: 3, cells: ['', '5.2', '', 'ed', '错别字', ''] });
    expect(iso[3]?.cells.slice(0, 3)).toEqual(['', '6', '']);
  });

  it('reads the first worksheet of an Excel file with its worksheet row numbers, in the template columns only, merged cells repeating their text', async () => {
    const xlsx = await templateXlsx([
      { name: '汇总表', rows: [['征求意见汇总处理表'], [], nationalSummaryHeader, [1, 5.2, '意见', '建议', '某单位'], [2, '附录A', '另一条', null, null]], merges: ['A1:G1', 'D4:D5'] },
      { name: '说明', rows: [['不读这一页']] },
    ]);
    const rows = await readXlsxFirstSheet(xlsx);
    expect(rows).toEqual([
      { number: 3, cells: ['标准章条\n编号', '意见内容', '修改建议'] },
      { number: 4, cells: ['5.2', '意见', '建议'] },
      { number: 5, cells: ['附录A', '另一条', '建议'] },
    ]);
  });
});
