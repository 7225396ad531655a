import { describe, expect, it } from 'vitest';
import { readDocxTables } from '../../../server/imports/docx-tables';
import { readXlsxFirstSheet } from '../../../server/imports/xlsx-sheet';
import { isoTemplateHeader, nationalSummaryHeader } from '../../fixtures/templates/template-headers';
import { templateDocx } from '../../fixtures/templates/template-docx';
import { templateXlsx } from '../../fixtures/templates/template-xlsx';

describe('reading the tables of uploaded templates', () => {
  it('reads every table of a Word file as grid rows: paragraphs become lines, merged cells repeat the text above', async () => {
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
    expect(iso[0]?.cells).toEqual(isoTemplateHeader);
    expect(iso[1]).toEqual({ number: 2, cells: ['CN', '12', '5.2', '表2', 'te', '第一行\n第二行 & <更多>', '改为“应”', ''] });
    expect(iso[2]?.cells[2]).toBe('5.2');
    expect(iso[3]?.cells.slice(0, 4)).toEqual(['跨两列', '', '6', '']);
  });

  it('reads the first worksheet of an Excel file with its worksheet row numbers', async () => {
    const xlsx = await templateXlsx([
      { name: '汇总表', rows: [['征求意见汇总处理表'], [], nationalSummaryHeader, [1, 5.2, '意见', '建议', '某单位'], [2, '附录A', '另一条', null, null]], merges: ['A1:G1', 'E4:E5'] },
      { name: '说明', rows: [['不读这一页']] },
    ]);
    const rows = await readXlsxFirstSheet(xlsx);
    expect(rows.map((row) => row.number)).toEqual([1, 3, 4, 5]);
    expect(rows[1]?.cells).toEqual(nationalSummaryHeader);
    expect(rows[2]?.cells.slice(0, 5)).toEqual(['1', '5.2', '意见', '建议', '某单位']);
    expect(rows[3]?.cells.slice(0, 5)).toEqual(['2', '附录A', '另一条', '', '某单位']);
  });
});
