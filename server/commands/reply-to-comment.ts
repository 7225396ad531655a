import type { z } from 'zod';
import type { replyRequestSchema } from '../../shared/api/comments';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import { insertCommentReply, type CommentReplyRecord } from '../db/repos/comment-replies';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

export interface ReplyToCommentProps {
  database: Database;
  commentId: string;
  standardId: string;
  authorId: string;
  request: z.infer<typeof replyRequestSchema>;
  now: Date;
}

/**
 * Adds a reply to a comment's thread; authorization is the caller's job. A public reply is part of the record the
 * commenter relies on, so it goes into the record log; an internal note stays inside the working group.
 */
export function replyToComment({ database, commentId, standardId, authorId, request, now }: ReplyToCommentProps): CommentReplyRecord {
  const reply: CommentReplyRecord = { id: generateRandomIdentifier(10), commentId, authorId, body: request.body, visibility: request.visibility, createdAt: now };
  writeTransaction(database, (transaction) => {
    insertCommentReply(transaction, reply);
    if (reply.visibility === 'public') {
      recordInLedger(transaction, authorId, { kind: 'reply.published', standardId, subjectId: reply.id, payload: { commentId, body: reply.body } }, now);
    }
  });
  return reply;
}
