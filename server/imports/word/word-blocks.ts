import type { WordImportNote } from './word-import';

export type InlinePiece = { kind: 'text'; text: string } | { kind: 'footnote'; text: string } | { kind: 'image'; placeholderId: string };

export interface WordParagraph {
  kind: 'paragraph';
  /** The style's name and the names it is based on, lower case. */
  styleNames: string[];
  outlineLevel: number | null;
  /** Word's automatic numbering on the paragraph or its style. */
  numbering: { level: number; format: string; text: string } | null;
  pieces: InlinePiece[];
  /** The visible text, footnote marks left out. */
  text: string;
  /** Every run with text is bold. */
  bold: boolean;
  /** The TeX of an Office Math equation in the paragraph. */
  formula: string | null;
  /** What could not be mapped inside the paragraph (a comment, a text box, an object). */
  notes: Array<Pick<WordImportNote, 'kind' | 'message'>>;
}

export interface WordTableCell {
  paragraphs: WordParagraph[];
  colspan: number;
  rowspan: number;
}

export interface WordTableRow {
  header: boolean;
  cells: WordTableCell[];
}

export interface WordTable {
  kind: 'table';
  rows: WordTableRow[];
  notes: Array<Pick<WordImportNote, 'kind' | 'message'>>;
}

export type WordBlock = WordParagraph | WordTable;
