import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import yauzl from 'yauzl';

/** Every entry of a zip file (a .docx or .xlsx), as text. */
export function unzipText(bytes: Uint8Array): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (openError, zip) => {
      if (openError) return reject(openError);
      const entries = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

type OrderedNode = { [name: string]: OrderedNode[] | string | Record<string, string> } & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false });

function nameOf(node: OrderedNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function childrenOf(node: OrderedNode): OrderedNode[] {
  const children = node[nameOf(node)];
  return Array.isArray(children) ? children : [];
}

function textOf(node: OrderedNode): string {
  const name = nameOf(node);
  if (name === '#text') return String(node['#text']);
  if (name === 'w:instrText') return '';
  return childrenOf(node).map(textOf).join('');
}

function findAll(nodes: OrderedNode[], name: string): OrderedNode[] {
  return nodes.flatMap((node) => (nameOf(node) === name ? [node] : findAll(childrenOf(node), name)));
}

export interface WordDocumentContent {
  /** Paragraphs of the body outside tables, in order. */
  paragraphs: string[];
  /** Each table's rows, each cell's paragraphs joined by "\n". */
  tables: string[][][];
  /** How many rows of each table repeat as a header row on every page. */
  repeatedHeaderRows: number[];
  /** The page size attributes of the section (w:w, w:h, w:orient). */
  pageSize: Record<string, string>;
  /** The footers' text and their field codes (PAGE, NUMPAGES). */
  footerText: string;
  footerFieldCodes: string[];
  /** The text of each footnote that is not a separator (word/footnotes.xml). */
  footnotes: string[];
}

/** A .docx read back from its XML: word/document.xml and the footers. */
export async function readWordDocument(bytes: Uint8Array): Promise<WordDocumentContent> {
  const parts = await unzipText(bytes);
  const body = findAll(parser.parse(parts.get('word/document.xml') ?? '') as OrderedNode[], 'w:body')[0];
  if (!body) throw new Error('no w:body');
  const paragraphs = childrenOf(body)
    .filter((node) => nameOf(node) === 'w:p')
    .map(textOf);
  const tableNodes = childrenOf(body).filter((node) => nameOf(node) === 'w:tbl');
  const tables = tableNodes.map((table) =>
    findAll(childrenOf(table), 'w:tr').map((row) => findAll(childrenOf(row), 'w:tc').map((cell) => findAll(childrenOf(cell), 'w:p').map(textOf).join('\n'))),
  );
  const repeatedHeaderRows = tableNodes.map((table) => findAll(childrenOf(table), 'w:tr').filter((row) => findAll(childrenOf(row), 'w:tblHeader').length > 0).length);
  const pageSize = findAll(childrenOf(body), 'w:pgSz')[0]?.[':@'] ?? {};
  const footers = [...parts].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => parser.parse(xml) as OrderedNode[]);
  return {
    paragraphs,
    tables,
    repeatedHeaderRows,
    pageSize,
    footerText: footers.map((footer) => footer.map(textOf).join('')).join('\n'),
    footnotes: findAll(parser.parse(parts.get('word/footnotes.xml') ?? '') as OrderedNode[], 'w:footnote').map(textOf).filter((text) => text.trim() !== ''),
    footerFieldCodes: footers.flatMap((footer) => findAll(footer, 'w:instrText').map((node) => childrenOf(node).map(textOf).join('').trim())),
  };
}

/** The first worksheet as text, row by row (row 1 first), and the workbook for style checks. */
export async function readWorkbook(bytes: Uint8Array): Promise<{ sheet: ExcelJS.Worksheet; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  const rows: string[][] = [];
  for (let number = 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(row.getCell(column).text);
    rows.push(cells);
  }
  return { sheet, rows };
}

/** CSV records as RFC 4180 says; the byte-order mark is checked by the caller and stripped here. */
export function readCsv(bytes: Uint8Array): string[][] {
  return parseCsv(Buffer.from(bytes), { bom: true, relax_column_count: false }) as string[][];
}
