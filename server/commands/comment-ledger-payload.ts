import type { CommentRecord } from '../db/repos/comments';

/** What a commenter said, as the record log keeps it. Contact details are never part of it. */
export function commentLedgerPayload(comment: CommentRecord): { [key: string]: string | null } {
  const quote: unknown = typeof comment.anchor === 'object' && comment.anchor !== null && 'quote' in comment.anchor ? comment.anchor.quote : null;
  return {
    clauseId: comment.clauseId,
    type: comment.type,
    comment: comment.comment,
    proposedChange: comment.proposedChange,
    reason: comment.reason,
    elementReference: comment.elementReference,
    quote: typeof quote === 'string' ? quote : null,
  };
}
