import type { CommentType } from '../../../shared/api/comments';
import { commentTypes } from '../../../shared/api/comments';
import { commentTypeName } from '../../i18n/comment-names';

function isCommentType(key: string): key is CommentType {
  return (commentTypes as readonly string[]).includes(key);
}

/** The dashboard counts types by their code (ge, te, ed); show the name people know. */
export function commentTypeKeyName(key: string): string {
  return isCommentType(key) ? commentTypeName(key) : key;
}
