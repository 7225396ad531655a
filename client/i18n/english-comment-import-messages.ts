import type { chineseCommentImportMessages } from './chinese-comment-import-messages';

export const englishCommentImportMessages: Record<keyof typeof chineseCommentImportMessages, string> = {
  commentImportHeading: 'Upload a comment template',
  commentImportExplanation:
    'Collected your comments in the ISO/IEC commenting template or a 意见汇总表? Upload the Word (.docx) or Excel (.xlsx) file: each row becomes one comment. The header needs a “Clause” and a “Comments” column. If any row has a problem, nothing is imported and every such row is listed.',
  commentImportFileLabel: 'Template file (.docx or .xlsx, at most 5 MiB and 500 rows)',
  commentImportSubmit: 'Upload and import',
  commentImportUploading: 'Uploading… {percent}%',
  commentImportProcessing: 'Checking the file…',
  commentImportChooseFile: 'Choose a .docx or .xlsx file first.',
  commentImportWrongKind: 'Only Word (.docx) or Excel (.xlsx) files can be uploaded; save an old .doc/.xls file as .docx/.xlsx first.',
  commentImportTooLarge: 'The file is too large: a template may be at most 5 MiB.',
  commentImportSucceeded: '{count} comments imported. Reload the page to see them under “My comments”.',
  commentImportReload: 'Reload the page',
  commentImportRowsInvalid: '{count} problems found, so no comment was imported. Correct these rows in the file and upload it again:',
  commentImportRowColumn: 'Row',
  commentImportReasonColumn: 'Reason',
  commentImportTemplateLink: 'Download a blank template (.xlsx)',

  importFieldClause: 'Clause number',
  importFieldType: 'Type of comment',
  importFieldComment: 'Comment',
  importFieldProposedChange: 'Proposed change',
  importFieldReason: 'Reason',
  importFieldElementReference: 'Paragraph/figure/table',
  importProblemMissing: '{field} is missing',
  importProblemUnknownClause: 'The draft for comment has no clause “{value}”',
  importProblemInvalidType: 'Type of comment “{value}” is not recognised: use ge/te/ed',
  importProblemTooLong: '{field} is too long: at most {maximum} characters',

  errorImportCancelled: 'The import was cancelled; the draft did not change.',
  errorUploadRejected: 'This file cannot be read: it is not a valid Word/Excel file, or it is too large once unpacked. Save it as .docx or .xlsx and try again.',
  errorImportTemplateNotRecognised: 'No comment table was found in the file: it needs a table whose header has a “Clause” (章条编号) and a “Comments” (意见内容) column.',
  errorImportNoRows: 'The template holds no comments.',
  errorImportTooManyRows: 'The template has too many rows: at most 500 can be imported at once; split it into several files.',
  errorImportRowsInvalid: 'Some rows of the template have problems, so no comment was imported.',
};
