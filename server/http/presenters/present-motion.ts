import type { Motion } from '../../../shared/api/reviews';
import { describeTally } from '../../../shared/domain/review/describe-tally';
import type { Database } from '../../db/client';
import { listBallots, type MotionRecord } from '../../db/repos/review-motions';
import { findUsersByIds, presentUserIds, type ReviewRecord } from '../../db/repos/reviews';
import { tallySchema } from '../../../shared/api/reviews';
import { latestBallots } from '../../reviews/motion-tally';
import { rosterOfMotion, ruleSetOfMotion } from '../../reviews/review-facts';

/** A motion as the review page shows it: who has voted while it is open, the frozen tally and roll call after. */
export function presentMotion(database: Database, review: ReviewRecord, motion: MotionRecord, askerId: string): Motion {
  const ballots = listBallots(database, motion.id);
  const counted = latestBallots(ballots);
  const roster = rosterOfMotion(motion);
  const mine = counted.find((ballot) => ballot.voterId === askerId);
  const tally = motion.state === 'closed' && motion.tally !== null ? tallySchema.parse(motion.tally) : null;
  const ruleSet = ruleSetOfMotion(motion, review);
  let rollCall: Motion['rollCall'] = [];
  if (motion.state === 'closed') {
    const users = findUsersByIds(database, roster.map((entry) => entry.userId));
    const present = presentUserIds(database, review.id);
    rollCall = roster.map((entry) => {
      const ballot = counted.find((candidate) => candidate.voterId === entry.userId);
      return {
        userId: entry.userId,
        displayName: users.get(entry.userId)?.displayName ?? entry.userId,
        organisation: entry.organisation,
        eligible: entry.eligible,
        reason: entry.reason,
        present: review.kind === 'meeting' ? present.has(entry.userId) : ballot !== undefined,
        vote: ballot?.vote ?? null,
        voteReason: ballot?.reason ?? null,
        enteredFromPaper: ballot?.enteredBy !== null && ballot?.enteredBy !== undefined,
        changes: ballots.filter((candidate) => candidate.voterId === entry.userId).length - 1,
      };
    });
  }
  return {
    id: motion.id,
    reviewId: motion.reviewId,
    kind: motion.kind,
    title: motion.title,
    state: motion.state,
    openedAt: motion.openedAt?.toISOString() ?? null,
    closedAt: motion.closedAt?.toISOString() ?? null,
    closesAt: review.closesAt?.toISOString() ?? null,
    votedUserIds: counted.map((ballot) => ballot.voterId),
    eligibleCount: roster.filter((entry) => entry.eligible).length,
    myBallot: mine ? { vote: mine.vote, reason: mine.reason, castAt: mine.castAt.toISOString() } : null,
    tally,
    outcome: motion.outcome,
    description: tally ? { zh: describeTally(tally, ruleSet, 'zh'), en: describeTally(tally, ruleSet, 'en') } : null,
    rollCall,
  };
}
