import type { SharedStrings } from './xlsx-shared-strings';
import { attributeOf, xmlTokens, type XmlTagToken } from './xml-tokens';

export const largestColumn = 16_384;

export interface SheetCell {
  /** 1 for column A. */
  column: number;
  text: string;
}

/** A row of a worksheet with the cells that hold a value, among the columns asked for, in column order. */
export interface SheetRow {
  number: number;
  cells: SheetCell[];
}

/** "XFD7" → 16384; undefined for a reference without column letters. */
export function columnOfReference(reference: string): number | undefined {
  const letters = /^[A-Za-z]{1,3}/.exec(reference)?.[0];
  if (!letters) return undefined;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** Cell text as Excel shows it for the kinds a template holds: strings, numbers, booleans, errors. */
function cellText(type: string | undefined, value: string, inlineText: string, sharedStrings: SharedStrings): string {
  switch (type) {
    case 's':
      return sharedStrings.text(Number.parseInt(value, 10));
    case 'inlineStr':
      return inlineText;
    case 'b':
      return value === '1' ? 'true' : 'false';
    case 'str':
    case 'e':
    case 'd':
      return value;
    default: {
      const number = Number(value);
      return value.trim() !== '' && Number.isFinite(number) ? String(number) : value;
    }
  }
}

interface OpenCell {
  column: number;
  type: string | undefined;
  wanted: boolean;
  value: string | null;
  inlineText: string | null;
}

/**
 * The rows of a worksheet part as they are read, one at a time. Only cells present in the file cost anything, a row
 * keeps only the cells `isCellWanted` asks for at that moment, and cells out of column order are dropped, so
 * a row holds at most one cell per column. Rows without a wanted value are not yielded.
 */
export function* sheetRows(xml: string, sharedStrings: SharedStrings, isCellWanted: (row: number, column: number) => boolean): Generator<SheetRow> {
  let row: SheetRow | null = null;
  let previousRowNumber = 0;
  let nextColumn = 1;
  let cell: OpenCell | null = null;
  let textTarget: 'value' | 'inline' | null = null;
  let inPhoneticGuide = false;
  const openCell = (tag: XmlTagToken): OpenCell => {
    const column = columnOfReference(attributeOf(tag, 'r') ?? '') ?? nextColumn;
    const lastColumn = row?.cells.at(-1)?.column ?? 0;
    nextColumn = column + 1;
    return { column, type: attributeOf(tag, 't'), wanted: column > lastColumn && column <= largestColumn && isCellWanted(previousRowNumber, column), value: null, inlineText: null };
  };
  for (const token of xmlTokens(xml)) {
    if (token.kind === 'text') {
      if (!cell?.wanted || textTarget === null) continue;
      if (textTarget === 'value') cell.value = (cell.value ?? '') + token.text;
      else cell.inlineText = (cell.inlineText ?? '') + token.text;
      continue;
    }
    if (token.kind === 'open') {
      if (token.name === 'row') {
        const number = Number.parseInt(attributeOf(token, 'r') ?? '', 10);
        previousRowNumber = Number.isSafeInteger(number) && number > 0 ? number : previousRowNumber + 1;
        row = token.selfClosing ? null : { number: previousRowNumber, cells: [] };
        nextColumn = 1;
      } else if (token.name === 'c' && row) {
        const opened = openCell(token);
        cell = token.selfClosing ? null : opened;
      } else if (token.name === 'rPh' && !token.selfClosing) {
        inPhoneticGuide = true;
      } else if (cell && !token.selfClosing && !inPhoneticGuide && (token.name === 'v' || token.name === 't')) {
        textTarget = token.name === 'v' ? 'value' : 'inline';
        if (textTarget === 'value') cell.value ??= '';
        else cell.inlineText ??= '';
      }
      continue;
    }
    if (token.name === 'rPh') inPhoneticGuide = false;
    if (token.name === 'v' || token.name === 't') {
      textTarget = null;
    } else if (token.name === 'c') {
      if (cell?.wanted && row && (cell.value !== null || cell.inlineText !== null)) {
        row.cells.push({ column: cell.column, text: cellText(cell.type, cell.value ?? '', cell.inlineText ?? '', sharedStrings) });
      }
      cell = null;
      textTarget = null;
    } else if (token.name === 'row') {
      if (row && row.cells.length > 0) yield row;
      row = null;
    } else if (token.name === 'sheetData') {
      return;
    }
  }
}
