import type { CreateReviewRequest } from '../../../shared/api/reviews';
import type { ReviewRuleSet } from '../../../shared/domain/review/rule-sets';
import { generateRandomIdentifier } from '../../auth/session-token';
import type { Database } from '../../db/client';
import { insertMotion, type MotionRecord } from '../../db/repos/review-motions';
import { insertReview, type ReviewRecord } from '../../db/repos/reviews';
import type { StandardRecord } from '../../db/repos/standards';
import { findVersion } from '../../db/repos/versions';
import { DomainError } from '../../errors';
import { sha256Hex } from '../../ledger/sha256';
import { recordInLedger } from '../../commands/record-in-ledger';
import { newMotion } from '../review-facts';
import { defaultRuleSetId, requireRuleSet } from '../rule-set-catalogue';
import { writeTransaction } from '../../db/transactions';

export interface CreateReviewProps {
  database: Database;
  standard: StandardRecord;
  createdBy: string;
  request: CreateReviewRequest;
  now: Date;
}

function dateOrNull(value: string | undefined): Date | null {
  return value === undefined ? null : new Date(value);
}

function checkSchedule(request: CreateReviewRequest, now: Date): void {
  if (request.kind === 'meeting') {
    if (request.startsAt === undefined) throw new DomainError('invalid_request', 'startsAt: a review meeting needs its date and time.');
    if ((request.mode ?? 'in_person') !== 'online' && !request.location) throw new DomainError('invalid_request', 'location: a meeting held in person needs its place.');
    if ((request.mode ?? 'in_person') !== 'in_person' && !request.onlineLink) throw new DomainError('invalid_request', 'onlineLink: a meeting held online needs its link.');
    return;
  }
  if (request.opensAt === undefined || request.closesAt === undefined) throw new DomainError('invalid_request', 'opensAt, closesAt: a correspondence ballot opens and closes at set times.');
  if (new Date(request.closesAt).getTime() <= new Date(request.opensAt).getTime()) throw new DomainError('invalid_request', 'closesAt: the ballot must close after it opens.');
  if (new Date(request.closesAt).getTime() <= now.getTime()) throw new DomainError('invalid_request', 'closesAt: the close time has already passed.');
}

function approvalMotionTitle(standard: StandardRecord): string {
  return `同意《${standard.title}》送审稿通过技术审查`;
}

/**
 * Creates a review of a frozen version (the 送审稿) under a rule set, with its motion to approve the draft, and records
 * it. Reviews happen in 技术审查 only. Authorization (secretariat) is the caller's job.
 */
export function createReview({ database, standard, createdBy, request, now }: CreateReviewProps): { review: ReviewRecord; motion: MotionRecord } {
  if (standard.stage !== 'technical_review') throw new DomainError('review_wrong_stage', 'Reviews are held in 技术审查; move the standard there first.');
  const found = findVersion(database, standard.id, request.versionId);
  if (!found) throw new DomainError('invalid_request', 'versionId: the standard has no such version.');
  const chosen: ReviewRuleSet = requireRuleSet(database, request.ruleSetId ?? defaultRuleSetId(database));
  // Nobody attends a correspondence ballot: what takes part there is the ballots returned, whatever a rule set made
  // for both kinds says of meetings. The copy the review keeps says so, and so do its tally and minutes.
  const ruleSet: ReviewRuleSet = request.kind === 'correspondence' ? { ...chosen, participation: 'returned_ballots' } : chosen;
  if (!chosen.kinds.includes(request.kind)) {
    throw new DomainError('invalid_request', `ruleSetId: the rule set ${ruleSet.id} is not for ${request.kind === 'meeting' ? 'review meetings' : 'correspondence ballots'}.`);
  }
  checkSchedule(request, now);
  const meeting = request.kind === 'meeting';
  const review: ReviewRecord = {
    id: generateRandomIdentifier(10),
    standardId: standard.id,
    versionId: found.version.id,
    kind: request.kind,
    title: request.title ?? `《${standard.title}》${meeting ? '技术审查会' : '函审'}`,
    ruleSetId: ruleSet.id,
    ruleSet,
    startsAt: meeting ? dateOrNull(request.startsAt) : null,
    mode: meeting ? (request.mode ?? 'in_person') : null,
    location: meeting ? (request.location ?? null) : null,
    onlineLink: meeting ? (request.onlineLink ?? null) : null,
    opensAt: meeting ? null : dateOrNull(request.opensAt),
    closesAt: meeting ? null : dateOrNull(request.closesAt),
    draftingOrganisations: request.draftingOrganisations ?? [],
    versionHash: sha256Hex(found.version.state),
    materialsPublishedAt: null,
    materialsCheckpointHash: null,
    createdBy,
    createdAt: now,
  };
  const motion = newMotion(review.id, 'approve_draft', approvalMotionTitle(standard), now);
  writeTransaction(database, (transaction) => {
    insertReview(transaction, review);
    insertMotion(transaction, motion);
    const payload = {
      kind: review.kind,
      title: review.title,
      versionId: review.versionId,
      versionHash: review.versionHash,
      ruleSetId: ruleSet.id,
      startsAt: review.startsAt?.toISOString() ?? null,
      opensAt: review.opensAt?.toISOString() ?? null,
      closesAt: review.closesAt?.toISOString() ?? null,
      approvalMotionId: motion.id,
    };
    recordInLedger(transaction, createdBy, { kind: 'review.created', standardId: standard.id, subjectId: review.id, payload }, now);
  });
  return { review, motion };
}
