import ExcelJS from 'exceljs';
import type { CommentTable } from './comment-table';
import { checkpointFootnote, commentTableHeaderLines } from './comment-table-header-lines';
import type { CommentTableLayout } from './comment-table-layout';
import { wrappedRowHeight } from './xlsx-row-height';

const thinBorder: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const footnoteMark = '*';

/** Characters of width per unit of column weight; 序号 (weight 5) comes out about 6 wide. */
const widthPerWeight = 1.25;
/** The header fields' labels span the first two columns, their values the rest. */
const labelColumns = 2;

/**
 * A comment table as a worksheet: title, header fields and checkpoint in the first rows, then the bordered table with
 * its header row frozen, wrapped text and column widths in proportion to the layout.
 */
export async function renderXlsxCommentTable(layout: CommentTableLayout, table: CommentTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Normdraft';
  workbook.created = new Date(table.header.checkpoint.timestamp);
  const sheet = workbook.addWorksheet(layout.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
  });
  const columnCount = layout.columns.length;
  const widths = layout.columns.map((column) => Math.round(column.weight * widthPerWeight * 10) / 10);
  sheet.columns = widths.map((width) => ({ width }));
  const valueWidth = widths.slice(labelColumns).reduce((sum, width) => sum + width, 0);

  const title = sheet.addRow([layout.title]);
  sheet.mergeCells(title.number, 1, title.number, columnCount);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };

  const lines = commentTableHeaderLines(table.header, layout.headerLanguage);
  for (const [index, { label, value: text }] of lines.entries()) {
    // The verification sentence points to the footnote under the table, which carries the checkpoint hash.
    const value = index === lines.length - 1 ? `${text}${footnoteMark}` : text;
    const line = sheet.addRow([]);
    line.getCell(1).value = label;
    line.getCell(labelColumns + 1).value = value;
    sheet.mergeCells(line.number, 1, line.number, labelColumns);
    sheet.mergeCells(line.number, labelColumns + 1, line.number, columnCount);
    line.getCell(1).font = { bold: true };
    line.getCell(1).alignment = { vertical: 'top' };
    line.getCell(labelColumns + 1).alignment = { wrapText: true, vertical: 'top' };
    line.height = wrappedRowHeight([{ text: value, columnWidth: valueWidth }]);
  }
  sheet.addRow([]);

  const heading = sheet.addRow(layout.columns.map((column) => column.heading));
  heading.font = { bold: true };
  heading.eachCell((cell) => {
    cell.border = thinBorder;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });

  for (const row of table.rows) {
    const cells = layout.cellsOf(row);
    const added = sheet.addRow(cells);
    added.height = wrappedRowHeight(cells.map((cell, index) => ({ text: String(cell), columnWidth: widths[index] ?? 0 })));
    for (let column = 1; column <= columnCount; column += 1) {
      const cell = added.getCell(column);
      cell.border = thinBorder;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: column === 1 ? 'center' : 'left' };
    }
  }

  sheet.addRow([]);
  const footnote = checkpointFootnote(table.header, layout.headerLanguage);
  const footnoteRow = sheet.addRow([`${footnoteMark} ${footnote.label}${layout.headerLanguage === 'chinese' ? '：' : ': '}${footnote.value}`]);
  sheet.mergeCells(footnoteRow.number, 1, footnoteRow.number, columnCount);
  footnoteRow.font = { size: 9 };

  sheet.views = [{ state: 'frozen', ySplit: heading.number, xSplit: 0 }];
  sheet.pageSetup.printTitlesRow = `${heading.number}:${heading.number}`;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
