import { DomainError } from '../errors';
import { unpackCheckedZip } from './checked-zip';
import type { TemplateTable, TemplateTableRow } from './template-table';
import { childElements, firstChild, parseXml, type XmlElement, type XmlNode } from './xml-tree';

const documentPartName = 'word/document.xml';

/** Content controls and custom XML may wrap tables, rows and cells; they are looked through. */
const wrapperNames = new Set(['w:sdt', 'w:sdtContent', 'w:customXml']);

/** Formatting, deleted text (tracked changes), field codes and the fallback copy of alternate content hold no visible text. */
const elementsWithoutVisibleText = new Set(['w:rPr', 'w:pPr', 'w:delText', 'w:instrText', 'w:fldData', 'mc:Fallback']);

const largestGridSpan = 64;

function elementsThroughWrappers(parent: XmlElement, name: string): XmlElement[] {
  return childElements(parent).flatMap((child) => {
    if (child.name === name) return [child];
    return wrapperNames.has(child.name) ? elementsThroughWrappers(child, name) : [];
  });
}

/** Text as Word shows it: runs' w:t, tabs and line breaks; whitespace between tags is not text. */
function visibleText(node: XmlNode): string {
  if (typeof node === 'string') return '';
  switch (node.name) {
    case 'w:t':
      return node.children.filter((child): child is string => typeof child === 'string').join('');
    case 'w:tab':
    case 'w:ptab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:noBreakHyphen':
      return '-';
    default:
      return elementsWithoutVisibleText.has(node.name) ? '' : node.children.map(visibleText).join('');
  }
}

/** Each paragraph of a cell (nested tables included) in order; a cell's paragraphs are its lines. */
function paragraphTexts(element: XmlElement): string[] {
  return childElements(element).flatMap((child) => {
    if (child.name === 'w:p') return [visibleText(child)];
    return child.name === 'w:tcPr' ? [] : paragraphTexts(child);
  });
}

function integerValue(element: XmlElement | undefined): number | null {
  const value = Number.parseInt(element?.attributes['w:val'] ?? '', 10);
  return Number.isFinite(value) ? value : null;
}

/** Lays a row's cells on the table grid: spanned columns stay empty, a vertically merged cell repeats the text above it. */
function gridCells(row: XmlElement, rowAbove: string[] | undefined): string[] {
  const cells: string[] = [];
  const skippedBefore = Math.min(integerValue(firstChild(firstChild(row, 'w:trPr'), 'w:gridBefore')) ?? 0, largestGridSpan);
  for (let column = 0; column < skippedBefore; column += 1) cells.push('');
  for (const cell of elementsThroughWrappers(row, 'w:tc')) {
    const properties = firstChild(cell, 'w:tcPr');
    const span = Math.min(Math.max(integerValue(firstChild(properties, 'w:gridSpan')) ?? 1, 1), largestGridSpan);
    const verticalMerge = firstChild(properties, 'w:vMerge');
    const continuesAbove = verticalMerge !== undefined && verticalMerge.attributes['w:val'] !== 'restart';
    cells.push(continuesAbove ? (rowAbove?.[cells.length] ?? '') : paragraphTexts(cell).join('\n'));
    for (let covered = 1; covered < span; covered += 1) cells.push('');
  }
  return cells;
}

function tableRows(table: XmlElement): TemplateTable {
  const rows: TemplateTableRow[] = [];
  for (const row of elementsThroughWrappers(table, 'w:tr')) {
    rows.push({ number: rows.length + 1, cells: gridCells(row, rows.at(-1)?.cells) });
  }
  return rows;
}

function bodyTables(element: XmlElement): XmlElement[] {
  return childElements(element).flatMap((child) => {
    if (child.name === 'w:tbl') return [child];
    return wrapperNames.has(child.name) ? bodyTables(child) : [];
  });
}

function documentBody(xml: string): XmlElement | undefined {
  const root = parseXml(xml).find((node): node is XmlElement => typeof node !== 'string' && node.name === 'w:document');
  return firstChild(root, 'w:body');
}

/** The top-level tables of a .docx file in document order; rows are numbered from each table's first row. */
export async function readDocxTables(bytes: Uint8Array): Promise<TemplateTable[]> {
  const parts = await unpackCheckedZip(bytes, (name) => name === documentPartName);
  const documentXml = parts.get(documentPartName);
  if (!documentXml) throw new DomainError('upload_rejected', 'The file is not a Word document: it has no word/document.xml.');
  let body: XmlElement | undefined;
  try {
    body = documentBody(documentXml.toString('utf8'));
  } catch {
    throw new DomainError('upload_rejected', 'The text of the Word document cannot be read.');
  }
  return body ? bodyTables(body).map(tableRows) : [];
}
