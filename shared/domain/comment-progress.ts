import type { DispositionDecision } from '../api/dispositions';

/** Where a comment stands for the working group: withdrawn, not yet handled, or the decision of its latest disposition. */
export const commentProgresses = ['undisposed', 'pending', 'accepted', 'partially_accepted', 'not_accepted', 'withdrawn'] as const;
export type CommentProgress = (typeof commentProgresses)[number];

export function commentProgressOf(status: 'open' | 'withdrawn', latestDecision: DispositionDecision | null): CommentProgress {
  if (status === 'withdrawn') return 'withdrawn';
  return latestDecision ?? 'undisposed';
}
