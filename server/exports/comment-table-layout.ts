import type { CommentTableRow } from './comment-table';
import type { HeaderLanguage } from './comment-table-header-lines';

export interface CommentTableColumn {
  heading: string;
  /** Share of the table's width, relative to the other columns. */
  weight: number;
}

/** 序号 stays a number so spreadsheets treat it as one. */
export type CommentTableCell = string | number;

/** One official layout: its title, columns and what each row prints in them. */
export interface CommentTableLayout {
  title: string;
  headerLanguage: HeaderLanguage;
  /** "第 x 页 共 y 页" or "Page x of y". */
  pageFooter: 'chinese' | 'english';
  columns: readonly CommentTableColumn[];
  cellsOf(row: CommentTableRow): CommentTableCell[];
  /** Lines printed under the table. */
  notes: readonly string[];
}
