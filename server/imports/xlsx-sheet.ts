import ExcelJS from 'exceljs';
import { DomainError } from '../errors';
import { unpackCheckedZip } from './checked-zip';
import { storedZipOf } from './stored-zip';
import type { TemplateTable, TemplateTableRow } from './template-table';

/** The first worksheet of a .xlsx file; rows carry their worksheet row numbers, merged cells repeat their value. */
export async function readXlsxFirstSheet(bytes: Uint8Array): Promise<TemplateTable> {
  const parts = await unpackCheckedZip(bytes, () => true);
  if (!parts.has('xl/workbook.xml')) throw new DomainError('upload_rejected', 'The file is not an Excel workbook: it has no xl/workbook.xml.');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(await storedZipOf(parts)).buffer);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('upload_rejected', 'The Excel workbook cannot be read.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: TemplateTableRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(row.getCell(column).text);
    rows.push({ number: rowNumber, cells });
  });
  return rows;
}
