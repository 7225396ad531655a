import type { Review } from '../../../shared/api/reviews';

/** While a vote is open, everyone's page follows the count this closely. */
export const openVotePollMilliseconds = 2000;

/** Until then, a page looks this often whether the chair has opened a vote or a ballot has opened by itself. */
export const waitingPollMilliseconds = 5000;

/** How often the page asks for the review again, or null once nothing more can happen without someone on it acting. */
export function reviewPollInterval(review: Review): number | null {
  if (review.motions.some((motion) => motion.state === 'open')) return openVotePollMilliseconds;
  const waitingForVote = review.materials.publishedAt !== null && review.outcome === null && review.motions.some((motion) => motion.state === 'created');
  return waitingForVote ? waitingPollMilliseconds : null;
}
