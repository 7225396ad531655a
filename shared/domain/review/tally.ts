import { largestCountBelow, largestCountWithin, reaches, smallestCountReaching, staysBelow, staysWithin } from './fraction';
import type { ReviewRuleSet, Threshold, ThresholdBase } from './rule-sets';

export const votes = ['yes', 'no', 'abstain'] as const;
export type Vote = (typeof votes)[number];

export interface Ballot {
  voterId: string;
  vote: Vote;
  reason: string | null;
}

export interface TallyInput {
  ruleSet: ReviewRuleSet;
  /** The frozen roster of members who may vote. */
  eligibleVoterIds: readonly string[];
  /** Members recorded present; read only when the rule set counts attendance. */
  presentVoterIds: readonly string[];
  /** The ballot that counts for each voter (the last one, where changes are allowed). */
  ballots: readonly Ballot[];
}

export type Outcome = 'passed' | 'failed' | 'no_quorum';

export interface Tally {
  eligible: number;
  /** Present at the meeting, or ballots returned. */
  participating: number;
  yes: number;
  no: number;
  noNotCounted: number;
  abstain: number;
  notVoted: number;
  /** Taking part needed for the quorum; null when the rule set has none. */
  quorumNeeded: number | null;
  yesNeeded: number;
  /** The most counted negatives allowed; null when there is no cap. */
  noAllowed: number | null;
  /** The most abstentions allowed; null when there is no limit. */
  abstainAllowed: number | null;
  outcome: Outcome;
}

export function hasReason(ballot: Ballot): boolean {
  return (ballot.reason ?? '').trim().length > 0;
}

/** Counts the ballots under the rule set; exact integer comparisons, so 6 of 9 meets 2/3. */
export function tallyBallots(input: TallyInput): Tally {
  const { ruleSet } = input;
  const eligible = new Set(input.eligibleVoterIds);
  const present = new Set(input.presentVoterIds.filter((id) => eligible.has(id)));
  const countedBallots = latestBallotPerVoter(input.ballots).filter(
    (ballot) => eligible.has(ballot.voterId) && (ruleSet.participation === 'returned_ballots' || present.has(ballot.voterId)),
  );

  const yes = countedBallots.filter((ballot) => ballot.vote === 'yes').length;
  const abstain = countedBallots.filter((ballot) => ballot.vote === 'abstain').length;
  const negatives = countedBallots.filter((ballot) => ballot.vote === 'no');
  const uncountedNegative = (ballot: Ballot) =>
    ruleSet.negativeNeedsReason && !ruleSet.negativeWithoutReasonCounted && !hasReason(ballot);
  const noNotCounted = negatives.filter(uncountedNegative).length;
  const no = negatives.length - noNotCounted;

  const participating = ruleSet.participation === 'attendance' ? present.size : countedBallots.length;
  const bases: Record<ThresholdBase, number> = { participating, cast: yes + no, eligible: eligible.size };
  const baseOf = (threshold: Threshold) => bases[threshold.base];

  const quorumNeeded = ruleSet.quorum === null ? null : smallestCountReaching(ruleSet.quorum, eligible.size);
  const yesNeeded = smallestCountReaching(ruleSet.pass.share, baseOf(ruleSet.pass));
  const noAllowed = ruleSet.negativeCap === null ? null : largestCountWithin(ruleSet.negativeCap.share, baseOf(ruleSet.negativeCap));
  const abstainAllowed =
    ruleSet.abstentionLimit === null ? null : largestCountBelow(ruleSet.abstentionLimit.share, baseOf(ruleSet.abstentionLimit));

  const quorumMet = ruleSet.quorum === null || reaches(participating, ruleSet.quorum, eligible.size);
  const passes =
    eligible.size > 0 &&
    baseOf(ruleSet.pass) > 0 &&
    reaches(yes, ruleSet.pass.share, baseOf(ruleSet.pass)) &&
    (ruleSet.negativeCap === null || staysWithin(no, ruleSet.negativeCap.share, baseOf(ruleSet.negativeCap))) &&
    (ruleSet.abstentionLimit === null || staysBelow(abstain, ruleSet.abstentionLimit.share, baseOf(ruleSet.abstentionLimit)));

  return {
    eligible: eligible.size,
    participating,
    yes,
    no,
    noNotCounted,
    abstain,
    notVoted: eligible.size - countedBallots.length,
    quorumNeeded,
    yesNeeded,
    noAllowed,
    abstainAllowed,
    outcome: !quorumMet ? 'no_quorum' : passes ? 'passed' : 'failed',
  };
}

function latestBallotPerVoter(ballots: readonly Ballot[]): Ballot[] {
  const latest = new Map<string, Ballot>();
  for (const ballot of ballots) latest.set(ballot.voterId, ballot);
  return [...latest.values()];
}
