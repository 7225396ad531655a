import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TableMap } from '@tiptap/pm/tables';
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { nodeNames } from '../../../shared/editor/node-names';
import { childOfType } from './child-of-type';
import type { ExportContext } from './export-context';
import { inlineRuns, textRun, type RunStyle } from './inline-runs';
import { contentWidth, fontSizes } from './layout-measures';
import { listParagraphs } from './list-paragraphs';

const tableText: RunStyle = { size: fontSizes.smallSize5 };
/** Eighths of a point: a thick outer frame and header rule, thin rules inside. */
const thickRule = { style: BorderStyle.SINGLE, size: 12, color: '000000' } as const;
const thinRule = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function cellParagraphs(cell: ProseMirrorNode, context: ExportContext, heading: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  cell.forEach((block) => {
    if (block.type.name === nodeNames.bulletList || block.type.name === nodeNames.orderedList) paragraphs.push(...listParagraphs(block, context, 0, tableText));
    else paragraphs.push(new Paragraph({ alignment: heading ? AlignmentType.CENTER : undefined, children: inlineRuns(block, context, tableText) }));
  });
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({ children: [] })];
}

function positiveInteger(value: unknown): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 1 ? number : 1;
}

/** The leading rows made only of header cells repeat at the top of every page. */
function headerRowCount(grid: ProseMirrorNode): number {
  let count = 0;
  for (let index = 0; index < grid.childCount; index += 1) {
    const row = grid.child(index);
    let allHeaders = row.childCount > 0;
    row.forEach((cell) => {
      if (cell.type.name !== nodeNames.tableHeader) allHeaders = false;
    });
    if (!allHeaders) break;
    count += 1;
  }
  return count;
}

/** 表注 ("注：", or "注1：" "注2：" when there are several) and table footnotes (letters from the numbering). */
function notesAndFootnotes(tableBlock: ProseMirrorNode, position: number, context: ExportContext): Paragraph[] {
  let noteCount = 0;
  tableBlock.forEach((child) => {
    if (child.type.name === nodeNames.tableNote) noteCount += 1;
  });
  const paragraphs: Paragraph[] = [];
  let noteIndex = 0;
  tableBlock.forEach((child, offset) => {
    const childPosition = position + 1 + offset;
    if (child.type.name === nodeNames.tableNote) {
      noteIndex += 1;
      const label = noteCount > 1 ? `注${noteIndex}：` : '注：';
      paragraphs.push(new Paragraph({ children: [textRun(label, { size: fontSizes.smallSize5, hei: true }), ...inlineRuns(child, context, tableText)] }));
    } else if (child.type.name === nodeNames.tableFootnote) {
      const letter = context.elementAt(childPosition)?.label ?? '';
      paragraphs.push(new Paragraph({ children: [textRun(letter, { size: fontSizes.smallSize5 }, []), textRun('\u3000', tableText), ...inlineRuns(child, context, tableText)] }));
    }
  });
  return paragraphs;
}

function gridTable(grid: ProseMirrorNode, context: ExportContext, notes: Paragraph[]): Table {
  const columnCount = Math.max(1, TableMap.get(grid).width);
  const columnWidth = Math.floor(contentWidth / columnCount);
  const headers = headerRowCount(grid);
  const rows: TableRow[] = [];
  grid.forEach((row, _offset, rowIndex) => {
    const heading = rowIndex < headers;
    const cells: TableCell[] = [];
    row.forEach((cell) => {
      const columnSpan = positiveInteger(cell.attrs.colspan);
      cells.push(
        new TableCell({
          columnSpan: columnSpan > 1 ? columnSpan : undefined,
          rowSpan: positiveInteger(cell.attrs.rowspan) > 1 ? positiveInteger(cell.attrs.rowspan) : undefined,
          width: { size: columnWidth * columnSpan, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          borders: rowIndex === headers - 1 ? { bottom: thickRule } : undefined,
          children: cellParagraphs(cell, context, heading),
        }),
      );
    });
    if (cells.length > 0) rows.push(new TableRow({ tableHeader: heading || undefined, children: cells }));
  });
  if (notes.length > 0) {
    rows.push(new TableRow({ children: [new TableCell({ columnSpan: columnCount > 1 ? columnCount : undefined, width: { size: columnWidth * columnCount, type: WidthType.DXA }, children: notes })] }));
  }
  return new Table({
    width: { size: columnWidth * columnCount, type: WidthType.DXA },
    columnWidths: Array.from({ length: columnCount }, () => columnWidth),
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    borders: { top: thickRule, bottom: thickRule, left: thickRule, right: thickRule, insideHorizontal: thinRule, insideVertical: thinRule },
    rows,
  });
}

/** A numbered table: "表N 标题" above it, centred 五号黑体; the grid with its merged cells; notes and footnotes inside the frame. */
export function tableElements(tableBlock: ProseMirrorNode, position: number, context: ExportContext): Array<Paragraph | Table> {
  const label = context.elementAt(position)?.label ?? '表';
  const elements: Array<Paragraph | Table> = [];
  const titleText = childOfType(tableBlock, nodeNames.tableTitle)?.node.textContent ?? '';
  const grid = childOfType(tableBlock, nodeNames.table)?.node;
  elements.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 156, after: 78 },
      children: [textRun(titleText === '' ? label : `${label}\u3000${titleText}`, { hei: true })],
    }),
  );
  if (grid) elements.push(gridTable(grid, context, notesAndFootnotes(tableBlock, position, context)));
  // Word joins two tables that touch; this paragraph keeps the next one apart.
  elements.push(new Paragraph({ spacing: { after: 0 }, children: [] }));
  return elements;
}
