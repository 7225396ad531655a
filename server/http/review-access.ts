import { loadMembership } from '../commands/load-membership';
import type { Database } from '../db/client';
import { findMotion, findOpinion, type MotionRecord, type OpinionRecord } from '../db/repos/review-motions';
import { findPanelSeat, findReview, type ReviewRecord } from '../db/repos/reviews';
import { findStandardById, type StandardRecord } from '../db/repos/standards';
import { DomainError } from '../errors';
import { canReadReview, type ReviewPlace } from '../policies/review-policy';

export interface VisibleReview {
  review: ReviewRecord;
  standard: StandardRecord;
  place: ReviewPlace;
}

const notFoundMessage = 'This review does not exist or you are neither on its panel nor in its working group.';

/** The review and the asker's place in it; people who may not read it get the same 404 as for one that does not exist. */
export function requireVisibleReview(database: Database, reviewId: string, userId: string): VisibleReview {
  const review = findReview(database, reviewId);
  const standard = review ? findStandardById(database, review.standardId) : undefined;
  if (!review || !standard) throw new DomainError('not_found', notFoundMessage);
  const place: ReviewPlace = { membership: loadMembership(database, review.standardId, userId), panelPosition: findPanelSeat(database, review.id, userId)?.position ?? null };
  if (!canReadReview(place)) throw new DomainError('not_found', notFoundMessage);
  return { review, standard, place };
}

export function requireVisibleMotion(database: Database, motionId: string, userId: string): VisibleReview & { motion: MotionRecord } {
  const motion = findMotion(database, motionId);
  if (!motion) throw new DomainError('not_found', 'This motion does not exist.');
  return { motion, ...requireVisibleReview(database, motion.reviewId, userId) };
}

export function requireVisibleOpinion(database: Database, opinionId: string, userId: string): VisibleReview & { opinion: OpinionRecord } {
  const opinion = findOpinion(database, opinionId);
  if (!opinion) throw new DomainError('not_found', 'This review opinion does not exist.');
  return { opinion, ...requireVisibleReview(database, opinion.reviewId, userId) };
}
