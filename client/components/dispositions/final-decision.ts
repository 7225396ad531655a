import type { DispositionDecision } from '../../../shared/api/dispositions';

/** 采纳, 部分采纳 and 不采纳 settle a comment; 待定 does not, so the commenter cannot answer it yet. */
export function isFinalDecision(decision: DispositionDecision): boolean {
  return decision !== 'pending';
}
