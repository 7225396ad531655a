import type { Database } from '../db/client';
import { extendCommentPeriodRecord, findCommentPeriodClosure, type CommentPeriodRecord } from '../db/repos/comment-periods';
import { DomainError } from '../errors';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

export interface ExtendCommentPeriodProps {
  database: Database;
  period: CommentPeriodRecord;
  newEndsAt: Date;
  reason: string;
  extendedBy: string;
  now: Date;
}

/** Moves the end of a period later, recording the reason; a period is never shortened this way. */
export function extendCommentPeriod({ database, period, newEndsAt, reason, extendedBy, now }: ExtendCommentPeriodProps): void {
  if (findCommentPeriodClosure(database, period.id)) throw new DomainError('comment_period_closed', 'This comment period was closed early and cannot be extended.');
  if (newEndsAt.getTime() <= period.endsAt.getTime()) throw new DomainError('invalid_request', 'endsAt: an extension must end later than the current end.');
  writeTransaction(database, (transaction) => {
    extendCommentPeriodRecord(transaction, { periodId: period.id, previousEndsAt: period.endsAt, newEndsAt, reason, extendedBy, extendedAt: now });
    const payload = { previousEndsAt: period.endsAt.toISOString(), endsAt: newEndsAt.toISOString(), reason };
    recordInLedger(transaction, extendedBy, { kind: 'comment_period.extended', standardId: period.standardId, subjectId: period.id, payload }, now);
  });
}
