import type { Review } from '../../../shared/api/reviews';
import { ineligibilityWords } from '../../../shared/domain/review/eligibility';
import type { ReviewRuleSet } from '../../../shared/domain/review/rule-sets';
import type { Database } from '../../db/client';
import { listMotions, listOpinionResponses, listOpinions } from '../../db/repos/review-motions';
import { findUsersByIds, listAttachments, listPanel, presentUserIds, type ReviewRecord } from '../../db/repos/reviews';
import type { StandardRecord } from '../../db/repos/standards';
import { findVersion } from '../../db/repos/versions';
import { canAnswerReviewOpinions, canChairReview, canManageReview, type ReviewPlace } from '../../policies/review-policy';
import { currentEligibility } from '../../reviews/panel-eligibility';
import { rosterOfMotion, ruleSetOfReview } from '../../reviews/review-facts';
import { presentMotion } from './present-motion';

const dayMilliseconds = 24 * 60 * 60 * 1000;

export function presentRuleSet(ruleSet: ReviewRuleSet, preset: boolean): Review['ruleSet'] {
  return { ...ruleSet, kinds: [...ruleSet.kinds], preset };
}

export function presentReviewSummary(review: ReviewRecord, standard: StandardRecord, versionName: string, outcome: Review['outcome']): Omit<Review, 'ruleSet' | 'mode' | 'location' | 'onlineLink' | 'draftingOrganisations' | 'materials' | 'panel' | 'motions' | 'opinions' | 'createdBy' | 'myAccess'> {
  return {
    id: review.id,
    standardId: review.standardId,
    standardTitle: standard.title,
    kind: review.kind,
    title: review.title,
    version: { id: review.versionId, name: versionName },
    ruleSetId: review.ruleSetId,
    startsAt: review.startsAt?.toISOString() ?? null,
    opensAt: review.opensAt?.toISOString() ?? null,
    closesAt: review.closesAt?.toISOString() ?? null,
    outcome,
    createdAt: review.createdAt.toISOString(),
  };
}

/** The whole review for one asker: panel with eligibility (frozen once voting opened), materials, motions, opinions. */
export function presentReview(database: Database, review: ReviewRecord, standard: StandardRecord, place: ReviewPlace, askerId: string): Review {
  const ruleSet = ruleSetOfReview(review);
  const panel = listPanel(database, review.id);
  const motions = listMotions(database, review.id);
  const frozenRoster = motions.find((motion) => motion.roster !== null);
  const eligibility = frozenRoster
    ? new Map(rosterOfMotion(frozenRoster).map((entry) => [entry.userId, entry]))
    : currentEligibility(database, review, ruleSet, panel.map(({ seat }) => seat));
  const present = presentUserIds(database, review.id);
  const opinions = listOpinions(database, review.id);
  const responses = new Map(opinions.map((opinion) => [opinion.id, listOpinionResponses(database, opinion.id).at(-1)]));
  const people = findUsersByIds(database, [review.createdBy, ...opinions.map((opinion) => opinion.writtenBy), ...[...responses.values()].flatMap((response) => (response ? [response.respondedBy] : []))]);
  const person = (userId: string) => ({ id: userId, displayName: people.get(userId)?.displayName ?? userId });
  const approval = motions.find((motion) => motion.kind === 'approve_draft');
  const mySeat = panel.find(({ seat }) => seat.userId === askerId)?.seat;
  const publishedAt = review.materialsPublishedAt;
  const noticeTooShort =
    publishedAt !== null && review.startsAt !== null && review.startsAt.getTime() - publishedAt.getTime() < ruleSet.noticePeriodDays * dayMilliseconds;
  return {
    ...presentReviewSummary(review, standard, findVersion(database, review.standardId, review.versionId)?.version.name ?? '', approval?.outcome ?? null),
    ruleSet: presentRuleSet(ruleSet, false),
    mode: review.mode,
    location: review.location,
    onlineLink: review.onlineLink,
    draftingOrganisations: Array.isArray(review.draftingOrganisations) ? review.draftingOrganisations.filter((entry): entry is string => typeof entry === 'string') : [],
    materials: {
      publishedAt: publishedAt?.toISOString() ?? null,
      versionHash: review.versionHash,
      checkpointHash: review.materialsCheckpointHash,
      noticeTooShort,
      attachments: listAttachments(database, review.id).map((attachment) => ({
        id: attachment.id,
        filename: attachment.filename,
        contentType: attachment.contentType,
        bytes: attachment.size,
        sha256: attachment.sha256,
        uploadedAt: attachment.uploadedAt.toISOString(),
      })),
    },
    panel: panel.map(({ seat, user }) => {
      const decided = eligibility.get(seat.userId);
      const reason = decided?.reason ?? null;
      return {
        userId: seat.userId,
        username: user.username,
        displayName: user.displayName,
        organisation: seat.organisation,
        title: seat.title,
        position: seat.position,
        eligible: decided?.eligible ?? false,
        reason,
        reasonText: reason === null ? null : ineligibilityWords[reason],
        present: present.has(seat.userId),
      };
    }),
    motions: motions.map((motion) => presentMotion(database, review, motion, askerId)),
    opinions: opinions.map((opinion) => {
      const response = responses.get(opinion.id);
      return {
        id: opinion.id,
        text: opinion.text,
        writtenBy: person(opinion.writtenBy),
        writtenAt: opinion.writtenAt.toISOString(),
        response: response ? { decision: response.decision, reason: response.reason, respondedBy: person(response.respondedBy), respondedAt: response.respondedAt.toISOString() } : null,
      };
    }),
    createdBy: person(review.createdBy),
    myAccess: {
      manage: canManageReview(place),
      chair: canChairReview(place),
      panelMember: mySeat !== undefined,
      eligible: mySeat !== undefined && (eligibility.get(askerId)?.eligible ?? false),
      answerOpinions: canAnswerReviewOpinions(place),
    },
  };
}
