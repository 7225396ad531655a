import type { z } from 'zod';
import type { reactionRequestSchema } from '../../shared/api/dispositions';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import { insertReaction, latestByComment, listDispositionsOfComments, type ReactionRecord } from '../db/repos/comment-dispositions';
import type { CommentRecord } from '../db/repos/comments';
import { DomainError } from '../errors';
import { canReactToDisposition } from '../policies/comment-policy';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

export interface RecordReactionProps {
  database: Database;
  comment: CommentRecord;
  actorId: string;
  request: z.infer<typeof reactionRequestSchema>;
  now: Date;
}

/** The commenter answers the disposition in force: satisfied or not, with a note. */
export function recordReaction({ database, comment, actorId, request, now }: RecordReactionProps): ReactionRecord {
  return writeTransaction(database, (transaction) => {
    const inForce = latestByComment(listDispositionsOfComments(transaction, [comment.id]), (entry) => entry.disposition.commentId).get(comment.id)?.disposition;
    if (comment.authorId !== actorId) throw new DomainError('forbidden', 'Only the commenter answers the disposition of a comment.');
    if (!inForce || !canReactToDisposition(actorId, comment, inForce)) throw new DomainError('disposition_required', 'There is no final disposition to answer yet.');
    const reaction: ReactionRecord = {
      id: generateRandomIdentifier(10),
      commentId: comment.id,
      dispositionId: inForce.id,
      satisfied: request.satisfied,
      note: request.note === undefined || request.note === '' ? null : request.note,
      authorId: actorId,
      createdAt: now,
    };
    insertReaction(transaction, reaction);
    const payload = { commentId: comment.id, dispositionId: reaction.dispositionId, satisfied: reaction.satisfied, note: reaction.note };
    recordInLedger(transaction, actorId, { kind: 'reaction.recorded', standardId: comment.standardId, subjectId: reaction.id, payload }, now);
    return reaction;
  });
}
