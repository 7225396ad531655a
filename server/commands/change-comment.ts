import type { z } from 'zod';
import type { editCommentRequestSchema } from '../../shared/api/comments';
import type { Database } from '../db/client';
import { findCommentPeriod } from '../db/repos/comment-periods';
import { findComment, updateComment, type CommentRecord } from '../db/repos/comments';
import { DomainError } from '../errors';
import { canChangeComment, isCommentPeriodOpen } from '../policies/comment-policy';
import { commentLedgerPayload } from './comment-ledger-payload';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

function requireChangeableComment(database: Database, commentId: string, actorId: string, now: Date): CommentRecord {
  const comment = findComment(database, commentId);
  if (!comment || comment.authorId !== actorId) throw new DomainError('not_found', 'You have no comment with this id.');
  const period = findCommentPeriod(database, comment.periodId);
  if (!period || !isCommentPeriodOpen(period, now)) throw new DomainError('comment_period_closed', 'The comment period has ended; comments can no longer be changed.');
  if (!canChangeComment(actorId, comment, period, now)) throw new DomainError('forbidden', 'This comment was withdrawn and cannot be changed.');
  return comment;
}

/** The author edits their comment while the period is open. */
export function editComment(database: Database, commentId: string, actorId: string, changes: z.infer<typeof editCommentRequestSchema>, now: Date): void {
  const comment = requireChangeableComment(database, commentId, actorId, now);
  const edited: CommentRecord = {
    ...comment,
    type: changes.type,
    comment: changes.comment,
    proposedChange: changes.proposedChange ?? null,
    reason: changes.reason ?? null,
    elementReference: changes.elementReference ?? null,
    updatedAt: now,
  };
  writeTransaction(database, (transaction) => {
    const { type, comment: text, proposedChange, reason, elementReference, updatedAt } = edited;
    updateComment(transaction, commentId, { type, comment: text, proposedChange, reason, elementReference, updatedAt });
    recordInLedger(transaction, actorId, { kind: 'comment.edited', standardId: comment.standardId, subjectId: commentId, payload: commentLedgerPayload(edited) }, now);
  });
}

/** The author withdraws their comment while the period is open; it stays recorded as withdrawn. */
export function withdrawComment(database: Database, commentId: string, actorId: string, now: Date): void {
  const comment = requireChangeableComment(database, commentId, actorId, now);
  writeTransaction(database, (transaction) => {
    updateComment(transaction, commentId, { status: 'withdrawn', updatedAt: now });
    recordInLedger(transaction, actorId, { kind: 'comment.withdrawn', standardId: comment.standardId, subjectId: commentId, payload: {} }, now);
  });
}
