import ExcelJS from 'exceljs';
import { maximumCommentImportRows } from '../../shared/api/comment-import';

export interface BlankTemplateFacts {
  standardTitle: string;
  versionName: string;
  /** The clauses, term entries and annexes of the version under comment, for the reference sheet. */
  clauses: Array<{ number: string; title: string }>;
}

/** Bilingual headers, each recognised by the importer's column detection. */
const headers = ['序号', '章条编号\nClause', '意见类型\nType (ge/te/ed)', '意见内容\nComments', '修改建议\nProposed change', '理由\nReason', '段落/图/表\nParagraph/Figure/Table'];
const columnWidths = [8, 14, 16, 48, 40, 30, 20];
const headerRowNumber = 3;
const typeColumn = 3;

/** A blank 意见汇总表 for one comment period (.xlsx): the sheet to fill in first, then the clause numbers to pick from. */
export async function blankCommentTemplate(facts: BlankTemplateFacts): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('意见汇总表');
  sheet.getCell('A1').value = `《${facts.standardTitle}》征求意见汇总表`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.getCell('A2').value = `${facts.versionName}：每行一条意见；意见类型填 ge（一般）、te（技术）或 ed（编辑）。One comment per row; type ge, te or ed.`;
  sheet.mergeCells(2, 1, 2, headers.length);
  const header = sheet.getRow(headerRowNumber);
  header.values = headers;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  // Text format keeps "5.10" as typed; Excel would turn it into the number 5.1.
  sheet.getColumn(2).numFmt = '@';
  for (let row = headerRowNumber + 1; row <= headerRowNumber + maximumCommentImportRows; row += 1) {
    sheet.getCell(row, typeColumn).dataValidation = { type: 'list', allowBlank: true, formulae: ['"ge,te,ed"'] };
  }
  sheet.views = [{ state: 'frozen', ySplit: headerRowNumber }];

  const reference = workbook.addWorksheet('章条目录 Clauses');
  reference.addRow(['章条编号 Clause', '标题 Title']).font = { bold: true };
  for (const clause of facts.clauses) reference.addRow([clause.number, clause.title]);
  reference.getColumn(1).width = 16;
  reference.getColumn(2).width = 60;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
