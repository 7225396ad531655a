import type { JSONContent } from '@tiptap/core';
import { nodeNames } from '../../../shared/editor/node-names';
import { notePattern, tidy } from './classify-paragraph';
import { contentAfterLabel, inlineContentOf, paragraphJson, plainTextNode } from './inline-json';
import type { WordParagraph, WordTable, WordTableRow } from './word-blocks';

/** A table footnote as the export writes it: its letter, a space, the text. */
const tableFootnotePattern = /^[a-z][\s\u3000]+(.+)$/s;

function isNoteParagraph(paragraph: WordParagraph): boolean {
  const text = tidy(paragraph.text);
  return text === '' || notePattern.test(text) || tableFootnotePattern.test(text);
}

/** The last row holds 表注 and table footnotes when it is one cell over the whole width with nothing else in it. */
function notesRowOf(table: WordTable): WordTableRow | null {
  const last = table.rows.at(-1);
  if (!last || table.rows.length < 2 || last.cells.length !== 1) return null;
  const cell = last.cells[0];
  if (!cell || !cell.paragraphs.some((paragraph) => tidy(paragraph.text) !== '')) return null;
  return cell.paragraphs.every(isNoteParagraph) ? last : null;
}

function cellJson(paragraphs: readonly WordParagraph[], header: boolean, colspan: number, rowspan: number): JSONContent {
  const content = paragraphs.map((paragraph) => paragraphJson(inlineContentOf(paragraph.pieces))).filter((paragraph) => paragraph.content !== undefined);
  return { type: header ? nodeNames.tableHeader : nodeNames.tableCell, attrs: { colspan, rowspan }, content: content.length > 0 ? content : [paragraphJson([])] };
}

function withoutEmptyContent(node: JSONContent): JSONContent {
  return node.content?.length === 0 ? { type: node.type } : node;
}

export interface TableJson {
  node: JSONContent;
  notes: number;
  footnotes: number;
}

/** A table with its title (the "表n 标题" line above it, without its number), its grid, and its notes and footnotes. */
export function tableBlockJson(id: string, title: string, table: WordTable): TableJson {
  const notesRow = notesRowOf(table);
  const gridRows = notesRow ? table.rows.slice(0, -1) : table.rows;
  const anyHeader = gridRows.some((row) => row.header);
  const rows = gridRows.map((row, index) => ({
    type: nodeNames.tableRow,
    content: row.cells.map((cell) => cellJson(cell.paragraphs, anyHeader ? row.header : index === 0, cell.colspan, cell.rowspan)),
  }));
  let notes = 0;
  let footnotes = 0;
  const tableNotes: JSONContent[] = [];
  const tableFootnotes: JSONContent[] = [];
  for (const paragraph of notesRow?.cells[0]?.paragraphs ?? []) {
    const note = contentAfterLabel(paragraph.pieces, paragraph.text, notePattern);
    const footnote = note ? null : contentAfterLabel(paragraph.pieces, paragraph.text, tableFootnotePattern);
    if (note) {
      tableNotes.push({ type: nodeNames.tableNote, content: note });
      notes += 1;
    } else if (footnote) {
      tableFootnotes.push({ type: nodeNames.tableFootnote, content: footnote });
      footnotes += 1;
    }
  }
  const node: JSONContent = {
    type: nodeNames.tableBlock,
    attrs: { id },
    content: [plainTextNode(nodeNames.tableTitle, title), { type: nodeNames.table, content: rows }, ...[...tableNotes, ...tableFootnotes].map(withoutEmptyContent)],
  };
  return { node, notes, footnotes };
}
