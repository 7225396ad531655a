import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { escapeHtml } from '../../../shared/document/compare/escape-html';
import { minutesContent, type MinutesBlock, type MinutesColumn, type MinutesField } from './minutes-content';
import type { ReviewMinutesFacts } from './minutes-facts';
import { zipWithFixedTimestamps } from './zip-with-fixed-timestamps';

/** A4 portrait in twips (1/1440 inch). */
const a4Width = 11906;
const a4Height = 16838;
const pageMargins = { top: 1440, bottom: 1304, left: 1304, right: 1304 };
const tableWidth = a4Width - pageMargins.left - pageMargins.right;
const bodyFonts = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const headingFonts = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' };
const hashFont = 'Courier New';
/** Half-points: 小四 body, 五号 tables, 8 pt hashes (a SHA-256 then fits one line), 四号 and 小四 headings, 小二 title. */
const bodySize = 24;
const tableSize = 21;
const hashSize = 16;
const headingSizes = { 1: 28, 2: 24 } as const;
const titleSize = 36;
/** About 1.4 cm: room for a handwritten signature. */
const signatureRowHeight = 800;

function textRuns(text: string, options: { bold?: boolean; size?: number; font?: string } = {}): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, bold: options.bold, size: options.size, font: options.font, break: index > 0 ? 1 : undefined }));
}

function fieldParagraph({ label, value }: MinutesField, keepNext: boolean): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, keepNext, children: [new TextRun({ text: `${label}：`, bold: true }), ...textRuns(value)] });
}

function columnWidths(columns: MinutesColumn[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  return columns.map((column) => Math.floor((tableWidth * column.weight) / total));
}

function tableOf(columns: MinutesColumn[], rows: string[][], leftForSigning: boolean): Table {
  const widths = columnWidths(columns);
  const cell = (text: string, index: number, heading: boolean): TableCell => {
    const column = columns[index];
    const monospace = !heading && column?.monospace === true;
    return new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      verticalAlign: heading || leftForSigning ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      shading: heading ? { fill: 'E7E6E6' } : undefined,
      children: [
        new Paragraph({
          alignment: heading || column?.centered ? AlignmentType.CENTER : undefined,
          children: textRuns(text, { bold: heading, size: monospace ? hashSize : tableSize, font: monospace ? hashFont : undefined }),
        }),
      ],
    });
  };
  const headerRow = new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.heading, index, true)) });
  const bodyRows = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        height: leftForSigning ? { value: signatureRowHeight, rule: HeightRule.ATLEAST } : undefined,
        children: row.map((value, index) => cell(value, index, false)),
      }),
  );
  return new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [headerRow, ...bodyRows],
  });
}

function elementsOf(block: MinutesBlock, next: MinutesBlock | undefined): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          pageBreakBefore: block.startsPage,
          alignment: block.startsPage ? AlignmentType.CENTER : undefined,
          children: textRuns(block.text),
        }),
      ];
    case 'fields':
      // Fields that introduce a table (a motion's times and tally) stay on its page.
      return block.fields.map((field) => fieldParagraph(field, next?.kind === 'table'));
    case 'paragraph':
      return [new Paragraph({ spacing: { before: 120, after: 60 }, keepNext: next?.kind === 'fields', children: textRuns(block.text) })];
    case 'table':
      // Word joins two tables that touch; the empty paragraph after each keeps them apart.
      return [tableOf(block.columns, block.rows, block.leftForSigning === true), new Paragraph({ children: [] })];
  }
}

function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: tableSize, children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] })] })],
  });
}

/** docx stamps core properties with the time of packing; the minutes carry the time they were made instead. */
function coreProperties(title: string, generatedAt: Date): string {
  const stamp = generatedAt.toISOString();
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeHtml(title)}</dc:title>`,
    '<dc:creator>Normdraft</dc:creator>',
    '<cp:lastModifiedBy>Normdraft</cp:lastModifiedBy>',
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/** The minutes (会议纪要 or 函审结论) as an A4 .docx; the same facts always give the same bytes. */
export async function renderMinutesDocx(facts: ReviewMinutesFacts): Promise<Uint8Array> {
  const content = minutesContent(facts);
  const headingStyle = (size: number) => ({ run: { font: headingFonts, size, bold: false, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } });
  const document = new Document({
    creator: 'Normdraft',
    title: content.title,
    styles: {
      default: {
        document: { run: { font: bodyFonts, size: bodySize } },
        heading1: headingStyle(headingSizes[1]),
        heading2: headingStyle(headingSizes[2]),
      },
    },
    sections: [
      {
        properties: { page: { size: { width: a4Width, height: a4Height }, margin: pageMargins } },
        footers: { default: pageFooter() },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: content.title, font: headingFonts, size: titleSize })] }),
          ...content.blocks.flatMap((block, index) => elementsOf(block, content.blocks[index + 1])),
        ],
      },
    ],
  });
  const packed = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(content.title, facts.generatedAt) }]);
  return zipWithFixedTimestamps(packed, facts.generatedAt, facts.timeZone);
}
