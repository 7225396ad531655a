import { z } from 'zod';
import { ineligibilityReasons } from '../../shared/domain/review/eligibility';
import type { ReviewRuleSet } from '../../shared/domain/review/rule-sets';
import type { Database } from '../db/client';
import { generateRandomIdentifier } from '../auth/session-token';
import { listMotions, type MotionRecord } from '../db/repos/review-motions';
import type { ReviewRecord } from '../db/repos/reviews';
import type { JsonValue } from '../ledger/ledger-record';
import { storedRuleSet } from './rule-set-catalogue';

export const frozenRosterSchema = z.array(
  z.object({ userId: z.string(), organisation: z.string(), eligible: z.boolean(), reason: z.enum(ineligibilityReasons).nullable() }),
);
export type FrozenRoster = z.infer<typeof frozenRosterSchema>;

export function ruleSetOfReview(review: ReviewRecord): ReviewRuleSet {
  return storedRuleSet(review.ruleSet);
}

/** The rule set a motion counts by: the copy frozen when it opened, else the review's. */
export function ruleSetOfMotion(motion: MotionRecord, review: ReviewRecord): ReviewRuleSet {
  return motion.ruleSet === null ? ruleSetOfReview(review) : storedRuleSet(motion.ruleSet);
}

export function rosterOfMotion(motion: MotionRecord): FrozenRoster {
  return motion.roster === null ? [] : frozenRosterSchema.parse(motion.roster);
}

export function approvalMotionOf(database: Database, reviewId: string): MotionRecord | undefined {
  return listMotions(database, reviewId).find((motion) => motion.kind === 'approve_draft');
}

/** A review is concluded once its motion to approve the 送审稿 is closed. */
export function isReviewConcluded(database: Database, reviewId: string): boolean {
  return approvalMotionOf(database, reviewId)?.state === 'closed';
}

/** Plain data (rule sets, rosters, tallies) as a record-log payload; interfaces carry no index signature to prove it. */
export function asLedgerPayload(value: object): { readonly [key: string]: JsonValue } {
  return JSON.parse(JSON.stringify(value)) as { readonly [key: string]: JsonValue };
}

/** A motion not opened yet: no roster, rule set or tally until it opens and closes. */
export function newMotion(reviewId: string, kind: MotionRecord['kind'], title: string, now: Date): MotionRecord {
  return { id: generateRandomIdentifier(10), reviewId, kind, title, state: 'created', roster: null, ruleSet: null, openedBy: null, openedAt: null, closedBy: null, closedAt: null, tally: null, outcome: null, createdAt: now };
}
