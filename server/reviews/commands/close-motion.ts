import { describeTally } from '../../../shared/domain/review/describe-tally';
import type { Tally } from '../../../shared/domain/review/tally';
import type { LiveDocumentGateway } from '../../commands/live-document-gateway';
import { moveStage } from '../../commands/move-stage';
import { recordInLedger } from '../../commands/record-in-ledger';
import type { Database } from '../../db/client';
import { findMotion, listBallots, updateMotion, type MotionRecord } from '../../db/repos/review-motions';
import { presentUserIds, type ReviewRecord } from '../../db/repos/reviews';
import { findStandardById } from '../../db/repos/standards';
import { DomainError } from '../../errors';
import { asLedgerPayload, ruleSetOfMotion } from '../review-facts';
import { latestBallots, tallyMotion } from '../motion-tally';
import { writeTransaction } from '../../db/transactions';

export interface CloseMotionProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  review: ReviewRecord;
  motionId: string;
  /** Null when the server closes a correspondence ballot at its close time. */
  actorId: string | null;
  now: Date;
  bodyTimeZone: string;
}

/**
 * Closes a motion and freezes its tally: every ballot accepted before this transaction counts, every later one is
 * refused as too late. When people close the motion on the 送审稿 and it did not pass, the standard goes back to 起草
 * with the tally as the note. Authorization is the caller's job.
 */
export async function closeMotion({ database, liveDocuments, review, motionId, actorId, now, bodyTimeZone }: CloseMotionProps): Promise<{ motion: MotionRecord; tally: Tally }> {
  const closed = writeTransaction(database, (transaction) => {
    const motion = findMotion(transaction, motionId);
    if (!motion || motion.reviewId !== review.id) throw new DomainError('not_found', 'This motion does not exist.');
    if (motion.state === 'created') throw new DomainError('motion_not_open', 'This motion was never opened for votes.');
    if (motion.state === 'closed') throw new DomainError('motion_closed', 'This motion is already closed; its tally is final.');
    const present = presentUserIds(transaction, review.id);
    const ballots = listBallots(transaction, motion.id);
    const tally = tallyMotion(review, motion, present, ballots);
    const changes = { state: 'closed' as const, closedBy: actorId, closedAt: now, tally, outcome: tally.outcome };
    updateMotion(transaction, motion.id, changes);
    const payload = {
      reviewId: review.id,
      tally,
      outcome: tally.outcome,
      presentUserIds: review.kind === 'meeting' ? [...present].sort() : [],
      countedBallotIds: latestBallots(ballots).map((ballot) => ballot.id),
    };
    recordInLedger(transaction, actorId, { kind: 'motion.closed', standardId: review.standardId, subjectId: motion.id, payload: asLedgerPayload(payload) }, now);
    return { motion: { ...motion, ...changes }, tally };
  });

  const standard = findStandardById(database, review.standardId);
  if (closed.motion.kind === 'approve_draft' && closed.tally.outcome !== 'passed' && actorId !== null && standard?.stage === 'technical_review') {
    const words = describeTally(closed.tally, ruleSetOfMotion(closed.motion, review), 'zh');
    await moveStage({ database, liveDocuments, standard, movedBy: actorId, to: 'drafting', note: `技术审查未通过（${words}），修改后重新审查。`, now, bodyTimeZone });
  }
  return closed;
}
