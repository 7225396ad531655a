import type { Database } from '../db/client';
import { extendCommentPeriodRecord, type CommentPeriodRecord } from '../db/repos/comment-periods';
import { DomainError } from '../errors';

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
  if (newEndsAt.getTime() <= period.endsAt.getTime()) throw new DomainError('invalid_request', 'endsAt: an extension must end later than the current end.');
  extendCommentPeriodRecord(database, { periodId: period.id, previousEndsAt: period.endsAt, newEndsAt, reason, extendedBy, extendedAt: now });
}
