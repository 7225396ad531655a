import { tallyBallots, type Ballot, type Tally } from '../../shared/domain/review/tally';
import type { BallotRecord, MotionRecord } from '../db/repos/review-motions';
import type { ReviewRecord } from '../db/repos/reviews';
import { rosterOfMotion, ruleSetOfMotion } from './review-facts';

/** The ballot that counts for each voter: the last one, since a change supersedes the one before. */
export function latestBallots(ballots: readonly BallotRecord[]): BallotRecord[] {
  const latest = new Map<string, BallotRecord>();
  for (const ballot of ballots) latest.set(ballot.voterId, ballot);
  return [...latest.values()];
}

/** The tally of a motion from its frozen roster and rule set, the members present and the ballots. */
export function tallyMotion(review: ReviewRecord, motion: MotionRecord, presentIds: ReadonlySet<string>, ballots: readonly BallotRecord[]): Tally {
  const roster = rosterOfMotion(motion);
  const counted: Ballot[] = latestBallots(ballots).map((ballot) => ({ voterId: ballot.voterId, vote: ballot.vote, reason: ballot.reason }));
  return tallyBallots({
    ruleSet: ruleSetOfMotion(motion, review),
    eligibleVoterIds: roster.filter((entry) => entry.eligible).map((entry) => entry.userId),
    presentVoterIds: [...presentIds],
    ballots: counted,
  });
}
