import { loadMembership } from '../commands/load-membership';
import type { Database } from '../db/client';
import { findComment, type CommentRecord } from '../db/repos/comments';
import { DomainError } from '../errors';
import type { StandardMembership } from '../policies/standard-policy';

export interface VisibleComment {
  comment: CommentRecord;
  membership: StandardMembership | null;
}

/** The comment and the actor's membership of its standard; people who may not see it get a 404. */
export function requireVisibleComment(database: Database, commentId: string, actorId: string): VisibleComment {
  const comment = findComment(database, commentId);
  const membership = comment ? loadMembership(database, comment.standardId, actorId) : null;
  if (!comment || (membership === null && comment.authorId !== actorId)) throw new DomainError('not_found', 'This comment does not exist.');
  return { comment, membership };
}
