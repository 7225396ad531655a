import { stringify } from 'csv-stringify/sync';
import type { CommentTable } from './comment-table';
import { checkpointFootnote, commentTableHeaderLines } from './comment-table-header-lines';
import type { CommentTableLayout } from './comment-table-layout';

/**
 * A comment table as RFC 4180 CSV: UTF-8 with a byte-order mark (so Excel reads the Chinese text as UTF-8), CRLF
 * between records, every record as wide as the table. The title and header fields come first, one per record, then
 * the column headings and the rows. Commenters are the public, so a cell that a spreadsheet would run as a formula
 * (=, +, -, @ first) is prefixed with an apostrophe.
 */
export function renderCsvCommentTable(layout: CommentTableLayout, table: CommentTable): Uint8Array {
  const width = layout.columns.length;
  const padded = (cells: Array<string | number>): Array<string | number> => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  const records = [
    padded([layout.title]),
    ...[...commentTableHeaderLines(table.header, layout.headerLanguage), checkpointFootnote(table.header, layout.headerLanguage)].map(({ label, value }) => padded([label, value])),
    layout.columns.map((column) => column.heading),
    ...table.rows.map((row) => layout.cellsOf(row)),
  ];
  const text = stringify(records, { bom: true, record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true });
  return new TextEncoder().encode(text);
}
