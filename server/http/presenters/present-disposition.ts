import { dispositionDecisions, type Disposition, type Reaction } from '../../../shared/api/dispositions';
import type { DispositionWithDecider, ReactionRecord } from '../../db/repos/comment-dispositions';

/** `clauseNumberOf` gives a clause's current number in the live draft, or null when it is gone. */
export function presentDisposition({ disposition, deciderName }: DispositionWithDecider, clauseNumberOf: (clauseId: string) => string | null): Disposition {
  const hasReference = disposition.changeClauseId !== null || disposition.changeFromVersionId !== null;
  return {
    id: disposition.id,
    commentId: disposition.commentId,
    decision: dispositionDecisions.find((decision) => decision === disposition.decision) ?? 'pending',
    reason: disposition.reason,
    changeRef: hasReference
      ? {
          clauseId: disposition.changeClauseId,
          clauseNumber: disposition.changeClauseId === null ? null : clauseNumberOf(disposition.changeClauseId),
          fromVersionId: disposition.changeFromVersionId,
          toVersionId: disposition.changeToVersionId,
        }
      : null,
    decidedBy: { displayName: deciderName },
    decidedAt: disposition.decidedAt.toISOString(),
    supersedesId: disposition.supersedesId,
  };
}

export function presentReaction(reaction: ReactionRecord): Reaction {
  return { id: reaction.id, dispositionId: reaction.dispositionId, satisfied: reaction.satisfied, note: reaction.note, createdAt: reaction.createdAt.toISOString() };
}
