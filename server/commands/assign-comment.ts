import type { Database } from '../db/client';
import { updateComment } from '../db/repos/comments';
import { findUserByUsername, type UserRecord } from '../db/repos/users';
import { DomainError } from '../errors';
import { canEditDraft } from '../policies/standard-policy';
import { loadMembership } from './load-membership';

/** Gives a comment to a member who drafts, or takes it back with `username: null`. */
export function assignComment(database: Database, comment: { id: string; standardId: string }, username: string | null, now: Date): UserRecord | null {
  if (username === null) {
    updateComment(database, comment.id, { assigneeId: null, updatedAt: now });
    return null;
  }
  const assignee = findUserByUsername(database, username);
  if (!assignee || !canEditDraft(loadMembership(database, comment.standardId, assignee.id))) {
    throw new DomainError('invalid_request', `username: ${username} is not a member who drafts this standard.`);
  }
  updateComment(database, comment.id, { assigneeId: assignee.id, updatedAt: now });
  return assignee;
}
