import type { Database } from '../db/client';
import { latestByComment, listDispositionsOfComments, listReactionsOfComments, type DispositionWithDecider, type ReactionRecord } from '../db/repos/comment-dispositions';

export interface CommentDecisions {
  /** Every disposition of the comment, oldest first. */
  history: DispositionWithDecider[];
  inForce: DispositionWithDecider | null;
  /** The commenter's latest answer to the disposition in force. */
  reaction: ReactionRecord | null;
}

/** Dispositions and reactions of many comments, read in two queries. */
export function decisionsOfComments(database: Database, commentIds: readonly string[]): Map<string, CommentDecisions> {
  const dispositions = listDispositionsOfComments(database, commentIds);
  const reactions = latestByComment(listReactionsOfComments(database, commentIds), (reaction) => reaction.commentId);
  const decisions = new Map<string, CommentDecisions>(commentIds.map((id) => [id, { history: [], inForce: null, reaction: null }]));
  for (const entry of dispositions) {
    const decision = decisions.get(entry.disposition.commentId);
    if (!decision) continue;
    decision.history.push(entry);
    decision.inForce = entry;
  }
  for (const [commentId, decision] of decisions) {
    const reaction = reactions.get(commentId);
    decision.reaction = reaction && reaction.dispositionId === decision.inForce?.disposition.id ? reaction : null;
  }
  return decisions;
}
