import { describe, expect, it } from 'vitest';
import type { CommentTable } from '../../../server/exports/comment-table';
import { renderCommentTable } from '../../../server/exports/render-comment-table';
import { readCsv, readWordDocument, readWorkbook } from './office-readers';
import { checkpointHash, rootHash, sampleCommentTable as table } from './sample-comment-table';

const nationalHeading = ['序号', '标准章条编号', '意见内容', '修改建议', '提出单位', '处理意见', '备注'];
const nationalRows = [
  ['1', '1', '范围过窄，建议扩大。', '增加"服务"一词，见下列：\n1) 维修\n2) 保养', '某检测研究院', '部分采纳：部分情形补充到范围。', '提出单位表示不满意：仍希望扩大范围。'],
  ['2', '5.2', '=HYPERLINK("http://example.com")', '', '某检测研究院', '采纳', '修改见5.3'],
  ['3', '附录A', '已撤回的意见', '', '某检测研究院', '', '已撤回'],
  ['4', '5.2', '未处理的意见', '改为“程序”', 'Example, Inc.', '未处理', ''],
  ['5', '6', '不同意', '', '某检测研究院', '不采纳：与GB/T 1.1不符，保持原文', '提出单位表示满意'],
];

function expectChineseHeaderFields(lines: string[]): void {
  const text = lines.join('\n');
  expect(text).toContain('标准项目名称：智能制造 术语');
  expect(text).toContain('负责起草单位：某研究院、某公司');
  expect(text).toContain('承办人：秘书处王工');
  expect(text).toContain('日期：2025-03-04');
  expect(text).toContain('核验：本表依据记录日志生成，截至 2025年3月4日 共 17 条记录，可在 https://normdraft.example/verify 核验。');
  // The header is written for the authority that receives the table: no API paths, commands or raw root hashes.
  expect(text).not.toContain('/api/');
  expect(text).not.toContain('npm');
  expect(text).not.toContain(rootHash);
}

describe('rendering the comment tables', () => {
  it('writes the national table as a landscape .docx with the header fields, a repeated header row and "第 x 页 共 y 页"', async () => {
    const rendered = await renderCommentTable('docx', table);
    expect(rendered.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(rendered.fileName).toBe('智能制造 术语 征求意见汇总处理表 2025-03-04.docx');
    const document = await readWordDocument(rendered.bytes);
    expect(document.paragraphs[0]).toBe('征求意见汇总处理表');
    expectChineseHeaderFields(document.paragraphs);
    expect(document.footnotes.join('\n')).toContain(`检查点哈希：${checkpointHash}`);
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]).toEqual([nationalHeading, ...nationalRows]);
    expect(document.repeatedHeaderRows).toEqual([1]);
    expect(document.pageSize).toMatchObject({ 'w:orient': 'landscape', 'w:w': '16838', 'w:h': '11906' });
    expect(document.footerText).toMatch(/^第 .* 页 共 .* 页$/);
    expect(document.footerFieldCodes).toEqual(expect.arrayContaining([expect.stringMatching(/^PAGE\b/), expect.stringMatching(/^NUMPAGES\b/)]));
  });

  it('writes the national table as .xlsx: header rows, the bordered table with a frozen header, widths and wrapped text', async () => {
    const rendered = await renderCommentTable('xlsx', table);
    expect(rendered.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(rendered.fileName.endsWith('.xlsx')).toBe(true);
    const { sheet, rows } = await readWorkbook(rendered.bytes);
    expect(rows[0]?.[0]).toBe('征求意见汇总处理表');
    expectChineseHeaderFields(rows.slice(1, 7).map((cells) => `${cells[0]}：${cells[2]}`.replace(/\*$/, '')));
    expect(rows[6]?.[2]?.endsWith('核验。*')).toBe(true);
    const headingIndex = rows.findIndex((cells) => cells[0] === '序号');
    expect(rows[headingIndex]).toEqual(nationalHeading);
    expect(rows.slice(headingIndex + 1, headingIndex + 1 + nationalRows.length)).toEqual(nationalRows);
    expect(rows.at(-1)?.[0]).toBe(`* 检查点哈希：${checkpointHash}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headingIndex + 1 });
    const firstDataRow = sheet.getRow(headingIndex + 2);
    expect(firstDataRow.getCell(1).value).toBe(1);
    expect(firstDataRow.getCell(4).alignment).toMatchObject({ wrapText: true });
    expect(firstDataRow.getCell(7).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(sheet.getColumn(3).width).toBeGreaterThan(sheet.getColumn(1).width ?? 0);
  });

  it('writes CSV as UTF-8 with a byte-order mark and RFC 4180 quoting, and defuses formulas', async () => {
    const rendered = await renderCommentTable('csv', table);
    expect(rendered.contentType).toBe('text/csv; charset=utf-8');
    expect([...rendered.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(rendered.bytes);
    expect(text).toContain('"增加""服务""一词，见下列：\n1) 维修\n2) 保养"');
    expect(text).toContain('\r\n');
    const records = readCsv(rendered.bytes);
    expect(records[0]?.[0]).toBe('征求意见汇总处理表');
    expectChineseHeaderFields(records.slice(1, 7).map(([label, value]) => `${label}：${value}`));
    expect(records[7]?.slice(0, 2)).toEqual(['检查点哈希', checkpointHash]);
    const headingIndex = records.findIndex((cells) => cells[0] === '序号');
    expect(records[headingIndex]).toEqual(nationalHeading);
    const expected = nationalRows.map((cells) => cells.map((cell) => (cell.startsWith('=') ? `'${cell}` : cell)));
    expect(records.slice(headingIndex + 1)).toEqual(expected);
  });

  it('writes the association layout: quoted passage or frozen text, the implemented text only where there is one, reasons', async () => {
    const rendered = await renderCommentTable('association-docx', table);
    const document = await readWordDocument(rendered.bytes);
    expectChineseHeaderFields(document.paragraphs);
    expect(document.tables[0]).toEqual([
      ['序号', '章节号', '原文', '修改后内容', '理由'],
      ['1', '1', '本文件规定了术语。', '范围\n本文件规定了术语和服务。', '部分采纳：部分情形补充到范围。\n提出理由：行业需要'],
      ['2', '5.2', '步骤', '试验步骤\n按程序进行。', '采纳'],
      ['3', '附录A', '附录A 资料性', '', '已撤回'],
      ['4', '5.2', '', '', '未处理'],
      ['5', '6', '', '', '不采纳：与GB/T 1.1不符，保持原文'],
    ]);
    expect(document.footerFieldCodes).toEqual(expect.arrayContaining([expect.stringMatching(/^PAGE\b/), expect.stringMatching(/^NUMPAGES\b/)]));
  });

  it('writes the ISO/IEC 2012-03 template with the secretariat observations in English', async () => {
    const rendered = await renderCommentTable('iso-docx', table);
    expect(rendered.fileName).toBe('智能制造 术语 ISO comments 2025-03-04.docx');
    const document = await readWordDocument(rendered.bytes);
    const header = document.paragraphs.join('\n');
    expect(header).toContain('标准项目名称 Project: 智能制造 术语');
    expect(header).toContain('负责起草单位 Drafting organisation: 某研究院、某公司');
    expect(header).toContain('承办人 Handled by: 秘书处王工');
    expect(header).toContain('日期 Date: 2025-03-04');
    expect(header).toContain('核验 Verification: 本表依据记录日志生成，截至 2025年3月4日 共 17 条记录，可在 https://normdraft.example/verify 核验。 This table was generated from the record log, which held 17 records on 2025-03-04; it can be verified at https://normdraft.example/verify.');
    expect(document.footnotes.join('\n')).toContain(`检查点哈希 Checkpoint hash: ${checkpointHash}`);
    expect(header).toContain('² Type of comment: ge = general, te = technical, ed = editorial.');
    expect(document.tables[0]).toEqual([
      ['MB/NC¹', 'Line number', 'Clause/Subclause', 'Paragraph/Figure/Table/Note', 'Type of comment²', 'Comments', 'Proposed change', 'Observations of the secretariat'],
      ['某检测研究院', '', '1', '', 'te', '范围过窄，建议扩大。\nReason: 行业需要', '增加"服务"一词，见下列：\n1) 维修\n2) 保养', 'Accepted in part: 部分情形补充到范围。\nCommenter not satisfied: 仍希望扩大范围。'],
      ['某检测研究院', '', '5.2', '表1', 'ed', '=HYPERLINK("http://example.com")', '', 'Accepted\nChanged in 5.3'],
      ['某检测研究院', '', '附录A', '', 'ge', '已撤回的意见', '', 'Withdrawn by the commenter'],
      ['Example, Inc.', '', '5.2', '', 'te', '未处理的意见', '改为“程序”', 'Not yet processed'],
      ['某检测研究院', '', '6', '', 'te', '不同意', '', 'Not accepted: 与GB/T 1.1不符，保持原文\nCommenter satisfied'],
    ]);
    expect(document.footerText).toMatch(/^Page .* of .*$/);
  });

  it('writes a table without comments as the header row alone', async () => {
    const empty: CommentTable = { ...table, rows: [] };
    expect((await readWordDocument((await renderCommentTable('docx', empty)).bytes)).tables[0]).toEqual([nationalHeading]);
    const records = readCsv((await renderCommentTable('csv', empty)).bytes);
    expect(records.at(-1)).toEqual(nationalHeading);
  });
});
