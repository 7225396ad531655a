import type { Database } from '../../db/client';
import { insertMotion, type MotionRecord } from '../../db/repos/review-motions';
import { newMotion } from '../review-facts';
import type { ReviewRecord } from '../../db/repos/reviews';
import { DomainError } from '../../errors';
import { recordInLedger } from '../../commands/record-in-ledger';
import { writeTransaction } from '../../db/transactions';

/** A further question a meeting puts to the panel, e.g. "需要再次征求意见". Authorization is the caller's job. */
export function addMotion({ database, review, actorId, title, now }: { database: Database; review: ReviewRecord; actorId: string; title: string; now: Date }): MotionRecord {
  if (review.kind !== 'meeting') throw new DomainError('invalid_request', 'A correspondence ballot asks only whether the 送审稿 passes.');
  const motion = newMotion(review.id, 'other', title, now);
  writeTransaction(database, (transaction) => {
    insertMotion(transaction, motion);
    recordInLedger(transaction, actorId, { kind: 'motion.added', standardId: review.standardId, subjectId: motion.id, payload: { reviewId: review.id, title } }, now);
  });
  return motion;
}
