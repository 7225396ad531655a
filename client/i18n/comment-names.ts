import type { CommentType } from '../../shared/api/comments';
import type { Comment } from '../../shared/api/comments';
import type { MessageKey } from './chinese';
import { translate } from './translate';

const typeKeys: Record<CommentType, MessageKey> = {
  ge: 'commentTypeGeneral',
  te: 'commentTypeTechnical',
  ed: 'commentTypeEditorial',
};

const statusKeys: Record<Comment['status'], MessageKey> = {
  open: 'commentStatusOpen',
  withdrawn: 'commentStatusWithdrawn',
};

export function commentTypeName(type: CommentType): string {
  return translate(typeKeys[type]);
}

export function commentStatusName(status: Comment['status']): string {
  return translate(statusKeys[status]);
}

/** The clause's number in the live draft, or a word saying the clause was deleted. */
export function commentClauseName(clauseNumber: string | null): string {
  return clauseNumber ?? translate('commentDetached');
}
