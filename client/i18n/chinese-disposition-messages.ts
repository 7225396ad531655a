/** Dispositions, commenter reactions and the comment dashboard; merged into the Chinese dictionary. */
export const chineseDispositionMessages = {
  errorCommentWithdrawn: '这条意见已被提出人撤回，不需要处理。',
  errorDispositionRequired: '这条意见还没有最终处理意见（采纳、部分采纳或不采纳），暂时不能回应。',
};
