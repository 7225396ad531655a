import type { chineseDispositionMessages } from './chinese-disposition-messages';

export const englishDispositionMessages: Record<keyof typeof chineseDispositionMessages, string> = {
  errorCommentWithdrawn: 'The commenter withdrew this comment, so it needs no disposition.',
  errorDispositionRequired: 'This comment has no final disposition (accepted, accepted in part or not accepted) to answer yet.',
};
