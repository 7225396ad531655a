import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { CommentTable } from './comment-table';
import { checkpointFootnote, commentTableHeaderLines } from './comment-table-header-lines';
import type { CommentTableLayout } from './comment-table-layout';

/** A4 in twips (1/1440 inch); the tables are wide, so pages are landscape. */
const a4ShortSide = 11906;
const a4LongSide = 16838;
const pageMargin = 1134;
const tableWidth = a4LongSide - 2 * pageMargin;
const fonts = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
/** Half-points: 五号 body text, 小五 in the table, 三号 title. */
const bodySize = 21;
const tableSize = 18;
const titleSize = 32;

function linesAsParagraphs(text: string, options: { bold?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ alignment: options.alignment, children: [new TextRun({ text: line, bold: options.bold, size: tableSize })] }));
}

function columnWidths(layout: CommentTableLayout): number[] {
  const total = layout.columns.reduce((sum, column) => sum + column.weight, 0);
  return layout.columns.map((column) => Math.floor((tableWidth * column.weight) / total));
}

function tableOf(layout: CommentTableLayout, table: CommentTable): Table {
  const widths = columnWidths(layout);
  const cell = (paragraphs: Paragraph[], index: number, heading = false): TableCell =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      verticalAlign: heading ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      shading: heading ? { fill: 'E7E6E6' } : undefined,
      children: paragraphs,
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: layout.columns.map((column, index) => cell(linesAsParagraphs(column.heading, { bold: true, alignment: AlignmentType.CENTER }), index, true)),
  });
  const bodyRows = table.rows.map(
    (row) => new TableRow({ children: layout.cellsOf(row).map((value, index) => cell(linesAsParagraphs(String(value), { alignment: index === 0 ? AlignmentType.CENTER : undefined }), index)) }),
  );
  return new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [headerRow, ...bodyRows],
  });
}

function pageFooter(layout: CommentTableLayout): Footer {
  const words = layout.pageFooter === 'chinese' ? ['第 ', ' 页 共 ', ' 页'] : ['Page ', ' of ', ''];
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [words[0] ?? '', PageNumber.CURRENT, words[1] ?? '', PageNumber.TOTAL_PAGES, words[2] ?? ''] })],
      }),
    ],
  });
}

const checkpointFootnoteId = 1;

/** A comment table as a .docx: title, header fields and checkpoint, then the table with its header row repeated on every page. */
export async function renderWordCommentTable(layout: CommentTableLayout, table: CommentTable): Promise<Uint8Array> {
  const separator = layout.headerLanguage === 'chinese' ? '：' : ': ';
  const lines = commentTableHeaderLines(table.header, layout.headerLanguage);
  const footnote = checkpointFootnote(table.header, layout.headerLanguage);
  // The last line is the verification sentence; the checkpoint hash it rests on goes into its footnote.
  const headerParagraphs = lines.map(
    ({ label, value }, index) =>
      new Paragraph({
        children: [new TextRun({ text: `${label}${separator}`, bold: true }), new TextRun({ text: value }), ...(index === lines.length - 1 ? [new FootnoteReferenceRun(checkpointFootnoteId)] : [])],
      }),
  );
  const document = new Document({
    creator: 'Normdraft',
    title: `${table.header.standardTitle} ${layout.title}`,
    styles: { default: { document: { run: { font: fonts, size: bodySize } } } },
    footnotes: { [checkpointFootnoteId]: { children: [new Paragraph({ children: [new TextRun({ text: `${footnote.label}${separator}${footnote.value}`, size: tableSize })] })] } },
    sections: [
      {
        properties: {
          page: {
            size: { width: a4ShortSide, height: a4LongSide, orientation: PageOrientation.LANDSCAPE },
            margin: { top: pageMargin, bottom: pageMargin, left: pageMargin, right: pageMargin },
          },
        },
        footers: { default: pageFooter(layout) },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: layout.title, bold: true, size: titleSize })] }),
          ...headerParagraphs,
          new Paragraph({ children: [] }),
          tableOf(layout, table),
          ...layout.notes.map((note) => new Paragraph({ children: [new TextRun({ text: note, size: tableSize })] })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
