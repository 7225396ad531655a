import type { chineseCommentTableMessages } from './chinese-comment-table-messages';

export const englishCommentTableMessages: Record<keyof typeof chineseCommentTableMessages, string> = {
  commentTableDownload: 'Download the comment table',
  commentTableExplanation: 'The tables are built from the record log and print the signed checkpoint they were made from (records and root hash), which you can compare with the checkpoint on the record log page. They list every comment of the latest comment period, withdrawn ones included.',
  commentTableNationalWord: 'Comment disposition table, national layout (Word)',
  commentTableNationalExcel: 'Comment disposition table, national layout (Excel)',
  commentTableNationalCsv: 'Comment disposition table, national layout (CSV)',
  commentTableIsoWord: 'ISO/IEC commenting template 2012-03 (Word)',
  commentTableAssociationWord: 'Association layout: original, revised text, reasons (Word)',
};
