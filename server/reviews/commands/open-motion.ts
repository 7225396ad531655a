import type { Database } from '../../db/client';
import { findMotion, updateMotion, type MotionRecord } from '../../db/repos/review-motions';
import { listPanel, type ReviewRecord } from '../../db/repos/reviews';
import { DomainError } from '../../errors';
import { recordInLedger } from '../../commands/record-in-ledger';
import { currentEligibility } from '../panel-eligibility';
import { asLedgerPayload, ruleSetOfReview, type FrozenRoster } from '../review-facts';
import { writeTransaction } from '../../db/transactions';

export interface OpenMotionProps {
  database: Database;
  review: ReviewRecord;
  motionId: string;
  /** Null when the server opens a correspondence ballot at its opening time. */
  actorId: string | null;
  now: Date;
}

/**
 * Opens a motion for votes and freezes who may vote (with the reasons of those who may not) and the rule set.
 * The panel must be named and the materials available. Authorization is the caller's job.
 */
export function openMotion({ database, review, motionId, actorId, now }: OpenMotionProps): MotionRecord {
  return writeTransaction(database, (transaction) => {
    const motion = findMotion(transaction, motionId);
    if (!motion || motion.reviewId !== review.id) throw new DomainError('not_found', 'This motion does not exist.');
    if (motion.state === 'open') throw new DomainError('motion_already_open', 'This motion is already open for votes.');
    if (motion.state === 'closed') throw new DomainError('motion_closed', 'This motion is closed; its tally is final.');
    if (review.closesAt !== null && review.closesAt.getTime() <= now.getTime()) throw new DomainError('motion_closed', 'The ballot’s close time has passed.');
    if (review.materialsPublishedAt === null) throw new DomainError('materials_not_published', 'Make the review materials available to the panel before voting opens.');
    const panel = listPanel(transaction, review.id).map(({ seat }) => seat);
    const ruleSet = ruleSetOfReview(review);
    const eligibility = currentEligibility(transaction, review, ruleSet, panel);
    const roster: FrozenRoster = panel.map((seat) => ({
      userId: seat.userId,
      organisation: seat.organisation,
      eligible: eligibility.get(seat.userId)?.eligible ?? false,
      reason: eligibility.get(seat.userId)?.reason ?? null,
    }));
    const eligibleCount = roster.filter((entry) => entry.eligible).length;
    if (eligibleCount === 0) throw new DomainError('panel_empty', 'Nobody on the panel may vote under this rule set; name the panel first.');
    const opened = { state: 'open' as const, roster, ruleSet, openedBy: actorId, openedAt: now };
    updateMotion(transaction, motion.id, opened);
    const payload = { reviewId: review.id, ruleSetId: ruleSet.id, ruleSet, roster, eligibleCount };
    recordInLedger(transaction, actorId, { kind: 'motion.opened', standardId: review.standardId, subjectId: motion.id, payload: asLedgerPayload(payload) }, now);
    return { ...motion, ...opened };
  });
}
