import type { Comment } from '../../../shared/api/comments';
import { commentAnchorSchema, commentStatusSchema, commentTypes } from '../../../shared/api/comments';
import { commentProgressOf } from '../../../shared/domain/comment-progress';
import type { CommentDecisions } from '../../commands/comment-decisions';
import type { CommentWithSubmitter } from '../../db/repos/comments';
import { presentDisposition, presentReaction } from './present-disposition';

/**
 * Name and organisation only: a commenter's e-mail and phone are never part of a comment. `clauseNumberOf` numbers
 * the clauses named by the comment's disposition, in the document the reader is allowed to see.
 */
export function presentComment(
  { comment, displayName, organisation, assigneeName }: CommentWithSubmitter,
  clauseNumber: string | null,
  decisions: CommentDecisions | undefined,
  clauseNumberOf: (clauseId: string) => string | null,
): Comment {
  const anchor = commentAnchorSchema.safeParse(comment.anchor);
  const status = commentStatusSchema.catch('open').parse(comment.status);
  const disposition = decisions?.inForce ? presentDisposition(decisions.inForce, clauseNumberOf) : null;
  return {
    id: comment.id,
    periodId: comment.periodId,
    clauseId: comment.clauseId,
    clauseNumber,
    status,
    progress: commentProgressOf(status, disposition?.decision ?? null),
    type: commentTypes.find((type) => type === comment.type) ?? 'ge',
    comment: comment.comment,
    proposedChange: comment.proposedChange,
    reason: comment.reason,
    elementReference: comment.elementReference,
    anchor: anchor.success ? anchor.data : null,
    submitter: { displayName, organisation: organisation ?? '' },
    assignee: comment.assigneeId && assigneeName ? { id: comment.assigneeId, displayName: assigneeName } : null,
    disposition,
    reaction: decisions?.reaction ? presentReaction(decisions.reaction) : null,
    createdAt: comment.createdAt.toISOString(),
    updatedAt: comment.updatedAt.toISOString(),
  };
}
