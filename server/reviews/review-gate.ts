import type { Database } from '../db/client';
import { listOpinionResponses, listOpinions } from '../db/repos/review-motions';
import { listReviewsOfStandard, type ReviewRecord } from '../db/repos/reviews';
import { listStageMoves } from '../db/repos/stage-moves';
import { approvalMotionOf } from './review-facts';

/**
 * Whether the latest review held since the standard last returned to 起草 passed its motion to approve the 送审稿.
 * A review that is still open, failed or had no quorum, or no review at all, answers false.
 */
export function latestReviewPassed(database: Database, standardId: string): boolean {
  const latest = latestReviewSinceDrafting(database, standardId);
  return latest !== undefined && approvalMotionOf(database, latest.id)?.outcome === 'passed';
}

/** Review opinions of that latest review without an answer from the working group. */
export function unansweredOpinionsOfLatestReview(database: Database, standardId: string): number {
  const latest = latestReviewSinceDrafting(database, standardId);
  if (!latest) return 0;
  return listOpinions(database, latest.id).filter((opinion) => listOpinionResponses(database, opinion.id).length === 0).length;
}

function latestReviewSinceDrafting(database: Database, standardId: string): ReviewRecord | undefined {
  const lastReturnToDrafting = listStageMoves(database, standardId)
    .map(({ move }) => move)
    .filter((move) => move.toStage === 'drafting')
    .at(-1);
  const since = lastReturnToDrafting?.movedAt.getTime() ?? Number.NEGATIVE_INFINITY;
  return listReviewsOfStandard(database, standardId).find((review) => review.createdAt.getTime() >= since);
}
