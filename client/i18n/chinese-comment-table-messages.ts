/** Downloading the official comment tables; merged into the Chinese dictionary. */
export const chineseCommentTableMessages = {
  commentTableDownload: '下载意见汇总处理表',
  commentTableExplanation: '表格由记录日志生成，表头印有签名检查点（记录数和根哈希），可与“记录日志”页的检查点核对。列出最近一次征求意见的全部意见，包括已撤回的。',
  commentTableNationalWord: '征求意见汇总处理表（Word）',
  commentTableNationalExcel: '征求意见汇总处理表（Excel）',
  commentTableNationalCsv: '征求意见汇总处理表（CSV）',
  commentTableIsoWord: 'ISO/IEC 意见表模板 2012-03（Word）',
  commentTableAssociationWord: '协会格式：原文、修改后内容、理由（Word）',
} satisfies Record<string, string>;
