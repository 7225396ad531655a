import type { Database } from '../db/client';
import { listEndedCommentPeriods } from '../db/repos/comment-periods';
import { listCommentsOfStandard } from '../db/repos/comments';
import { listLedgerRecordsOfSubject } from '../ledger/read-ledger-records';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

const periodEvents = new Set(['comment_period.opened', 'comment_period.extended', 'comment_period.closed']);

/**
 * A period closes by itself at its end time, which the server enforces on every submission. This records that close
 * in the log once per end (an extension reopens the period, and its new end is recorded again). The ends already
 * known to be recorded are remembered, so a periodic check reads the log only for periods that newly ended.
 */
export class CommentPeriodCloser {
  private readonly recordedEnds = new Set<string>();

  constructor(private readonly database: Database) {}

  /** Records the close of every period that has ended since; returns how many it closed. */
  closeEndedPeriods(now: Date): number {
    let closed = 0;
    for (const period of listEndedCommentPeriods(this.database, now)) {
      const end = `${period.id}@${period.endsAt.getTime()}`;
      if (this.recordedEnds.has(end)) continue;
      writeTransaction(this.database, (transaction) => {
        const lastPeriodEvent = listLedgerRecordsOfSubject(transaction, period.id)
          .filter(({ record }) => periodEvents.has(record.kind))
          .at(-1);
        if (lastPeriodEvent?.record.kind === 'comment_period.closed') return;
        const comments = listCommentsOfStandard(transaction, period.standardId).filter(({ comment }) => comment.periodId === period.id);
        const payload = {
          endsAt: period.endsAt.toISOString(),
          comments: comments.length,
          withdrawn: comments.filter(({ comment }) => comment.status === 'withdrawn').length,
        };
        recordInLedger(transaction, null, { kind: 'comment_period.closed', standardId: period.standardId, subjectId: period.id, payload }, now);
        closed += 1;
      });
      this.recordedEnds.add(end);
    }
    return closed;
  }
}
