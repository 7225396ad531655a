import { maximumCommentImportRows } from '../../shared/api/comment-import';
import { DomainError } from '../errors';
import { findTemplateLayout, type TemplateColumns } from './template-columns';
import type { TemplateTable, TemplateTableRow } from './template-table';

/** One comment row of a template, as text; `type` is null when the template has no type column. */
export interface TemplateRow {
  row: number;
  clause: string;
  type: string | null;
  comment: string;
  proposedChange: string;
  reason: string;
  elementReference: string;
  line: string;
}

function cellText(row: TemplateTableRow, column: number | undefined): string {
  return column === undefined ? '' : (row.cells[column] ?? '').trim();
}

function templateRowOf(row: TemplateTableRow, columns: TemplateColumns): TemplateRow {
  return {
    row: row.number,
    clause: cellText(row, columns.clause),
    type: columns.type === undefined ? null : cellText(row, columns.type),
    comment: cellText(row, columns.comment),
    proposedChange: cellText(row, columns.proposedChange),
    reason: cellText(row, columns.reason),
    elementReference: cellText(row, columns.elementReference),
    line: cellText(row, columns.line),
  };
}

/** A row with nothing in the columns that make a comment (a pre-numbered empty row, say) is no row at all. */
function isBlank(row: TemplateRow): boolean {
  return [row.clause, row.type ?? '', row.comment, row.proposedChange, row.reason, row.elementReference, row.line].every((text) => text === '');
}

/** The comment rows of the first table whose header is that of a known commenting template. */
export function templateRowsOf(tables: TemplateTable[]): TemplateRow[] {
  for (const table of tables) {
    const layout = findTemplateLayout(table);
    if (!layout) continue;
    const rows = table
      .slice(layout.headerIndex + 1)
      .map((row) => templateRowOf(row, layout.columns))
      .filter((row) => !isBlank(row));
    if (rows.length === 0) throw new DomainError('import_no_rows', 'The commenting template holds no comments: every row under its header is empty.');
    if (rows.length > maximumCommentImportRows) {
      throw new DomainError('import_too_many_rows', `The template has more than ${maximumCommentImportRows} comment rows; at most ${maximumCommentImportRows} are imported at once, so split it into several files.`);
    }
    return rows;
  }
  throw new DomainError(
    'import_template_not_recognised',
    'No commenting template was found: the file needs a table (.docx) or a first worksheet (.xlsx) whose header names a clause column (Clause/Subclause, 章条编号) and a comment column (Comments, 意见内容).',
  );
}
