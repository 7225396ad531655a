import type { BallotRequest } from '../../../shared/api/reviews';
import { generateRandomIdentifier } from '../../auth/session-token';
import type { Database } from '../../db/client';
import { findMotion, insertBallot, listBallots, type BallotRecord } from '../../db/repos/review-motions';
import { presentUserIds, type ReviewRecord } from '../../db/repos/reviews';
import { findUserByUsername } from '../../db/repos/users';
import { DomainError } from '../../errors';
import { canManageReview, type ReviewPlace } from '../../policies/review-policy';
import { recordInLedger } from '../../commands/record-in-ledger';
import { rosterOfMotion, ruleSetOfMotion } from '../review-facts';
import { writeTransaction } from '../../db/transactions';

export interface CastBallotProps {
  database: Database;
  review: ReviewRecord;
  motionId: string;
  actorId: string;
  place: ReviewPlace;
  request: BallotRequest;
  now: Date;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function voterOf(database: Database, review: ReviewRecord, actorId: string, place: ReviewPlace, onBehalfOf: string | undefined): { voterId: string; enteredBy: string | null } {
  if (onBehalfOf === undefined) return { voterId: actorId, enteredBy: null };
  if (!canManageReview(place)) throw new DomainError('forbidden', 'Only the secretariat enters paper ballots.');
  if (review.kind !== 'meeting') throw new DomainError('invalid_request', 'onBehalfOf: paper ballots are entered for members present at a meeting.');
  const voter = findUserByUsername(database, onBehalfOf);
  if (!voter) throw new DomainError('not_eligible', `onBehalfOf: ${onBehalfOf} is not on the roster of this motion.`);
  return { voterId: voter.id, enteredBy: actorId };
}

/**
 * One ballot per eligible member and motion, refused after the close, from someone not on the frozen roster, without
 * a reason the rule set requires, or a second time (where the rule set lets correspondence ballots change, the new
 * ballot replaces the old one and both are kept). A meeting vote needs the voter present and cannot be changed.
 */
export function castBallot({ database, review, motionId, actorId, place, request, now }: CastBallotProps): BallotRecord {
  const { voterId, enteredBy } = voterOf(database, review, actorId, place, request.onBehalfOf);
  try {
    return writeTransaction(database, (transaction) => {
      const motion = findMotion(transaction, motionId);
      if (!motion || motion.reviewId !== review.id) throw new DomainError('not_found', 'This motion does not exist.');
      if (motion.state === 'created') throw new DomainError('motion_not_open', 'Voting on this motion has not opened yet.');
      if (motion.state === 'closed' || (review.closesAt !== null && review.closesAt.getTime() <= now.getTime())) {
        throw new DomainError('motion_closed', 'Voting on this motion has closed; the ballot came too late.');
      }
      const seat = rosterOfMotion(motion).find((entry) => entry.userId === voterId);
      if (!seat?.eligible) throw new DomainError('not_eligible', 'This person is not on the roster of members who may vote on this motion.');
      const ruleSet = ruleSetOfMotion(motion, review);
      if (review.kind === 'meeting' && !presentUserIds(transaction, review.id).has(voterId)) {
        throw new DomainError('not_present', 'Check in to the meeting before voting; only members present vote.');
      }
      const reason = request.reason && request.reason.length > 0 ? request.reason : null;
      if (request.vote === 'no' && reason === null && ruleSet.negativeNeedsReason && ruleSet.negativeWithoutReasonCounted) {
        throw new DomainError('reason_required', 'A 不同意 vote needs a written reason under this rule set.');
      }
      const previous = listBallots(transaction, motion.id).filter((ballot) => ballot.voterId === voterId).at(-1);
      const changeable = review.kind === 'correspondence' && ruleSet.ballotsChangeableBeforeClose;
      if (previous && !changeable) throw new DomainError('already_voted', 'This member has already voted on this motion, and the vote cannot be changed.');
      const ballot: BallotRecord = { id: generateRandomIdentifier(10), motionId: motion.id, voterId, vote: request.vote, reason, enteredBy, supersedesId: previous?.id ?? null, castAt: now };
      insertBallot(transaction, ballot);
      const payload = { motionId: motion.id, voterId, vote: ballot.vote, reason, enteredBy, supersedesId: ballot.supersedesId };
      recordInLedger(transaction, actorId, { kind: 'vote.cast', standardId: review.standardId, subjectId: ballot.id, payload }, now);
      return ballot;
    });
  } catch (error) {
    // Two ballots of one voter racing in from two requests: the database keeps the first.
    if (isUniqueViolation(error)) throw new DomainError('already_voted', 'This member has already voted on this motion.');
    throw error;
  }
}
