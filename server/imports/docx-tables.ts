import { maximumCommentImportRows } from '../../shared/api/comment-import';
import { DomainError } from '../errors';
import { unpackCheckedZip } from './checked-zip';
import { findTemplateLayout, headerSearchDepth, type TemplateLayout } from './template-columns';
import type { TemplateTable } from './template-table';
import { attributeOf, xmlTokens, type XmlTagToken } from './xml-tokens';

const documentPartName = 'word/document.xml';

/** Content controls and custom XML may wrap tables, rows and cells; they are looked through. */
const wrapperNames = new Set(['sdt', 'sdtContent', 'customXml']);

/** Formatting, deleted text (tracked changes), field codes and the fallback copy of alternate content hold no visible text. */
const elementsWithoutVisibleText = new Set(['rPr', 'pPr', 'delText', 'instrText', 'fldData', 'Fallback', 'tcPr', 'trPr']);

/** Word's tables have at most 63 grid columns; cells beyond them, or spans past them, are not read. */
const gridColumnsRead = 64;

function integerValue(tag: XmlTagToken): number | null {
  const value = Number.parseInt(attributeOf(tag, 'val') ?? '', 10);
  return Number.isFinite(value) ? value : null;
}

interface OpenCell {
  span: number;
  continuesAbove: boolean;
  paragraphs: string[];
}

/** One top-level table as it is read: rows are laid on the grid, searched for the header, then reduced to its columns. */
class TableReader {
  private readonly searched: string[][] = [];
  private layout: TemplateLayout | null = null;
  private columns: number[] = [];
  readonly rows: TemplateTable = [];
  private rowNumber = 0;
  private rowAbove: string[] | undefined;
  private cells: string[] = [];
  /** True once the table has no header in its first rows, or holds more comment rows than can be imported. */
  done = false;

  startRow(): void {
    this.cells = [];
  }

  skipColumns(count: number): void {
    for (let column = 0; column < Math.min(count, gridColumnsRead) && this.cells.length < gridColumnsRead; column += 1) this.cells.push('');
  }

  addCell(cell: OpenCell): void {
    if (this.cells.length >= gridColumnsRead) return;
    this.cells.push(cell.continuesAbove ? (this.rowAbove?.[this.cells.length] ?? '') : cell.paragraphs.join('\n'));
    for (let covered = 1; covered < Math.min(Math.max(cell.span, 1), gridColumnsRead) && this.cells.length < gridColumnsRead; covered += 1) this.cells.push('');
  }

  endRow(): void {
    this.rowNumber += 1;
    const cells = this.cells;
    this.rowAbove = cells;
    if (this.layout) {
      const projected = this.columns.map((column) => cells[column] ?? '');
      if (projected.some((text) => text.trim() !== '')) this.rows.push({ number: this.rowNumber, cells: projected });
      if (this.rows.length > maximumCommentImportRows + 1) this.done = true;
      return;
    }
    this.searched.push(cells);
    this.layout = findTemplateLayout([{ number: this.rowNumber, cells }]);
    if (this.layout) {
      this.columns = [...new Set(Object.values(this.layout.columns))].sort((left, right) => left - right);
      this.rows.push({ number: this.rowNumber, cells: this.columns.map((column) => cells[column] ?? '') });
    } else if (this.searched.length >= headerSearchDepth) {
      this.done = true;
    }
  }

  /** The header and comment rows in the template's columns, or the rows searched when no header was found. */
  table(): TemplateTable {
    return this.layout ? this.rows : this.searched.map((cells, index) => ({ number: index + 1, cells }));
  }
}

/**
 * The top-level tables of a .docx file in document order, read as a stream of tags: rows are numbered from each
 * table's first row and laid on the grid (spanned columns stay empty, a vertically merged cell repeats the text
 * above it); a table whose header is found keeps only the template's columns and stops being read past the row
 * limit, and a table without a header in its first rows is skipped, so the work follows the file's real content.
 */
function* documentTables(xml: string): Generator<TemplateTable> {
  /** Local names of the open elements. */
  const stack: string[] = [];
  let table: TableReader | null = null;
  let tableDepth = -1;
  let cell: OpenCell | null = null;
  let cellDepth = -1;
  let paragraphDepth = -1;
  let line = '';
  let hiddenDepth = -1;
  let inText = false;
  const onlyWrappersBetween = (from: number): boolean => stack.slice(from).every((name) => wrapperNames.has(name));
  for (const token of xmlTokens(xml)) {
    if (token.kind === 'text') {
      if (inText && hiddenDepth === -1 && paragraphDepth !== -1) line += token.text;
      continue;
    }
    if (token.kind === 'open') {
      const depth = stack.length;
      if (token.name === 'tbl' && table === null && stack[0] === 'document' && stack[1] === 'body' && onlyWrappersBetween(2)) {
        table = new TableReader();
        tableDepth = depth;
      } else if (table && !table.done && cell === null && token.name === 'tr' && onlyWrappersBetween(tableDepth + 1)) {
        table.startRow();
      } else if (table && !table.done && cell === null && token.name === 'gridBefore' && stack.at(-1) === 'trPr') {
        table.skipColumns(integerValue(token) ?? 0);
      } else if (table && !table.done && cell === null && token.name === 'tc' && stack.at(-1) !== undefined) {
        cell = { span: 1, continuesAbove: false, paragraphs: [] };
        cellDepth = depth;
      } else if (cell && stack.at(-1) === 'tcPr' && stack.length === cellDepth + 2 && token.name === 'gridSpan') {
        cell.span = integerValue(token) ?? 1;
      } else if (cell && stack.at(-1) === 'tcPr' && stack.length === cellDepth + 2 && token.name === 'vMerge') {
        cell.continuesAbove = attributeOf(token, 'val') !== 'restart';
      } else if (cell && token.name === 'p' && paragraphDepth === -1 && hiddenDepth === -1) {
        paragraphDepth = depth;
        line = '';
        if (token.selfClosing) {
          cell.paragraphs.push('');
          paragraphDepth = -1;
        }
      } else if (paragraphDepth !== -1 && hiddenDepth === -1) {
        if (elementsWithoutVisibleText.has(token.name) && !token.selfClosing) hiddenDepth = depth;
        else if (token.name === 't' && !token.selfClosing) inText = true;
        else if (token.name === 'tab' || token.name === 'ptab') line += '\t';
        else if (token.name === 'br' || token.name === 'cr') line += '\n';
        else if (token.name === 'noBreakHyphen') line += '-';
      }
      if (!token.selfClosing) stack.push(token.name);
      continue;
    }
    stack.pop();
    const depth = stack.length;
    if (depth === hiddenDepth) hiddenDepth = -1;
    else if (token.name === 't') inText = false;
    if (cell && depth === paragraphDepth) {
      cell.paragraphs.push(line);
      paragraphDepth = -1;
    } else if (table && cell && depth === cellDepth) {
      table.addCell(cell);
      cell = null;
    } else if (table && !cell && token.name === 'tr' && !table.done && onlyWrappersBetween(tableDepth + 1)) {
      table.endRow();
    } else if (table && depth === tableDepth) {
      yield table.table();
      table = null;
    }
  }
}

/** The top-level tables of a .docx file in document order; rows are numbered from each table's first row. */
export async function readDocxTables(bytes: Uint8Array): Promise<TemplateTable[]> {
  const parts = await unpackCheckedZip(bytes, (name) => name === documentPartName);
  const documentXml = parts.get(documentPartName);
  if (!documentXml) throw new DomainError('upload_rejected', 'The file is not a Word document: it has no word/document.xml.');
  try {
    return [...documentTables(documentXml.toString('utf8'))];
  } catch {
    throw new DomainError('upload_rejected', 'The text of the Word document cannot be read.');
  }
}
