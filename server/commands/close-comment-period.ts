import type { Database } from '../db/client';
import { closeCommentPeriodRecord, findCommentPeriodClosure, type CommentPeriodRecord } from '../db/repos/comment-periods';
import { listCommentsOfStandard } from '../db/repos/comments';
import { DomainError } from '../errors';
import { recordInLedger } from './record-in-ledger';

export interface CloseCommentPeriodProps {
  /** The transaction the close is part of; the record goes into the log in the same one. */
  transaction: Database;
  period: CommentPeriodRecord;
  reason: string;
  closedBy: string;
  now: Date;
}

/**
 * Ends a period before its end date: from now on it is ended everywhere (submissions refused, the gates to leave
 * 征求意见 pass), and the reason is kept and recorded in the log. A period that has not started ends before it opens.
 * Authorization is the caller's job.
 */
export function closeCommentPeriod({ transaction, period, reason, closedBy, now }: CloseCommentPeriodProps): void {
  if (findCommentPeriodClosure(transaction, period.id) || period.endsAt.getTime() <= now.getTime()) {
    throw new DomainError('comment_period_closed', 'This comment period has already ended.');
  }
  const endsAt = new Date(Math.max(now.getTime(), period.startsAt.getTime()));
  closeCommentPeriodRecord(transaction, { periodId: period.id, reason, scheduledEndsAt: period.endsAt, closedBy, closedAt: now }, endsAt);
  const comments = listCommentsOfStandard(transaction, period.standardId).filter(({ comment }) => comment.periodId === period.id);
  const payload = {
    endsAt: endsAt.toISOString(),
    comments: comments.length,
    withdrawn: comments.filter(({ comment }) => comment.status === 'withdrawn').length,
    early: true,
    scheduledEndsAt: period.endsAt.toISOString(),
    reason,
  };
  recordInLedger(transaction, closedBy, { kind: 'comment_period.closed', standardId: period.standardId, subjectId: period.id, payload }, now);
}
