/** Messages of the 编制说明 (explanatory statement) editor and its downloads. */
export const chineseExplanatoryStatementMessages = {
  explanatoryStatementLink: '编制说明',
  explanatoryStatementPageTitle: '《{title}》编制说明',
  explanatoryStatementIntro: '编制说明与草案一样多人实时编写、随时保存。已知的事实（起草单位和起草人、各阶段时间、意见处理情况、审查结论）已写入正文，可直接修改；每次阶段变更时与草案一起冻结。',
  explanatoryStatementBackToDraft: '返回草案',
  explanatoryStatementRefreshFacts: '更新事实',
  explanatoryStatementRefreshFactsHint: '只重写“主要工作过程”和“主要起草单位和起草人及其分工”两条的内容，其余文字保持不变。',
  explanatoryStatementRefreshFactsConfirm: '“主要工作过程”和“主要起草单位和起草人及其分工”中的现有文字将被最新事实替换，确定吗？',
  explanatoryStatementRefreshed: '已更新：{clauses}。',
  explanatoryStatementNothingRefreshed: '没有找到可更新的条目：两条的标题已被改动，请手工修改。',
  explanatoryStatementDownloadWord: '下载编制说明 Word',
  explanatoryStatementDownloadPdf: '下载编制说明 PDF',
  explanatoryStatementWithDraft: '随征求意见稿发出的编制说明：',
  explanatoryStatementInMaterials: '编制说明（随送审稿冻结）：',
};
