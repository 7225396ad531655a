import type { CommentType } from '../../shared/api/comments';

const typesByWord: ReadonlyMap<string, CommentType> = new Map([
  ...['ge', 'g', 'general', '一般', '一般性', '一般意见'].map((word): [string, CommentType] => [word, 'ge']),
  ...['te', 't', 'technical', '技术', '技术性', '技术意见'].map((word): [string, CommentType] => [word, 'te']),
  ...['ed', 'e', 'editorial', '编辑', '编辑性', '编辑意见'].map((word): [string, CommentType] => [word, 'ed']),
]);

/** The type of comment as templates write it: ge/te/ed (ISO/IEC), or 一般/技术/编辑; null when it is none of them. */
export function commentTypeOfText(text: string): CommentType | null {
  return typesByWord.get(text.normalize('NFKC').toLowerCase().replace(/[\s.]+/g, '')) ?? null;
}
