import { maximumCommentImportRows } from '../../shared/api/comment-import';
import { DomainError } from '../errors';
import { unpackCheckedZip } from './checked-zip';
import { findTemplateLayout, headerSearchDepth, type TemplateLayout } from './template-columns';
import type { TemplateTable, TemplateTableRow } from './template-table';
import { cellKey, mergedCellsOf, type MergedCells } from './xlsx-merged-cells';
import { sharedStringsOf } from './xlsx-shared-strings';
import { sheetRows, type SheetRow } from './xlsx-sheet-rows';
import { workbookPartNames } from './xlsx-workbook-parts';

function isWorkbookPart(name: string): boolean {
  return name.startsWith('xl/') && (name.endsWith('.xml') || name.endsWith('.rels'));
}

function denseCells(row: SheetRow): string[] {
  const cells: string[] = [];
  for (const { column, text } of row.cells) {
    while (cells.length < column - 1) cells.push('');
    cells.push(text);
  }
  return cells;
}

/** The header and comment rows reduced to the template's columns, in column order, and their layout over those columns. */
class ProjectedSheet {
  readonly columns: number[];
  readonly rows: TemplateTableRow[];
  private readonly texts = new Map<number, string>();

  private readonly merged: MergedCells;

  constructor(header: SheetRow, layout: TemplateLayout, earlierRows: SheetRow[], sheetXml: string) {
    this.columns = [...new Set(Object.values(layout.columns))].sort((left, right) => left - right).map((index) => index + 1);
    this.merged = mergedCellsOf(sheetXml, this.columns);
    const headerCells = denseCells(header);
    this.rows = [{ number: header.number, cells: this.columns.map((column) => headerCells[column - 1] ?? '') }];
    for (const row of [...earlierRows, header]) this.remember(row);
  }

  isCellWanted(row: number, column: number): boolean {
    return this.columns.includes(column) || this.merged.masters.has(cellKey(row, column));
  }

  /** Adds a comment row unless it is empty in every template column; true once more rows than can be imported are read. */
  add(row: SheetRow): boolean {
    this.remember(row);
    const present = new Map(row.cells.map(({ column, text }) => [column, text]));
    const cells = this.columns.map((column) => {
      const master = this.merged.masterOf.get(cellKey(row.number, column));
      return present.get(column) ?? (master === undefined ? '' : (this.texts.get(master) ?? ''));
    });
    if (cells.some((text) => text.trim() !== '')) this.rows.push({ number: row.number, cells });
    return this.rows.length > maximumCommentImportRows + 1;
  }

  private remember(row: SheetRow): void {
    for (const { column, text } of row.cells) {
      const key = cellKey(row.number, column);
      if (this.merged.masters.has(key)) this.texts.set(key, text);
    }
  }
}

/**
 * The first worksheet of a .xlsx file, read as a commenting template: the header row (found among the first rows
 * that hold values) and the rows under it, both reduced to the template's own columns, with their worksheet row
 * numbers; a merged cell repeats the text of its range. The sheet is read as a stream of the cells it really holds
 * and reading stops once more rows than can be imported are found, so the work follows the file's content, not
 * the cell references it makes up. Without a recognised header the rows searched are returned as they are.
 */
export async function readXlsxFirstSheet(bytes: Uint8Array): Promise<TemplateTable> {
  const parts = await unpackCheckedZip(bytes, isWorkbookPart);
  const names = workbookPartNames(parts);
  const sheet = names.firstSheet === null ? undefined : parts.get(names.firstSheet);
  if (!sheet) return [];
  const sheetXml = sheet.toString('utf8');
  const sharedStrings = sharedStringsOf((names.sharedStrings === null ? undefined : parts.get(names.sharedStrings))?.toString('utf8') ?? '');
  const searched: SheetRow[] = [];
  let projected: ProjectedSheet | null = null;
  try {
    for (const row of sheetRows(sheetXml, sharedStrings, (rowNumber, column) => projected?.isCellWanted(rowNumber, column) ?? true)) {
      if (projected) {
        if (projected.add(row)) break;
        continue;
      }
      const layout = findTemplateLayout([{ number: row.number, cells: denseCells(row) }]);
      if (layout) projected = new ProjectedSheet(row, layout, searched, sheetXml);
      else if (searched.push(row) >= headerSearchDepth) break;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('upload_rejected', 'The Excel workbook cannot be read.');
  }
  return projected?.rows ?? searched.map((row) => ({ number: row.number, cells: denseCells(row) }));
}
