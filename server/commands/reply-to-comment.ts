import type { z } from 'zod';
import type { replyRequestSchema } from '../../shared/api/comments';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import { insertCommentReply, type CommentReplyRecord } from '../db/repos/comment-replies';

export interface ReplyToCommentProps {
  database: Database;
  commentId: string;
  authorId: string;
  request: z.infer<typeof replyRequestSchema>;
  now: Date;
}

/** Adds a reply to a comment's thread; authorization is the caller's job. */
export function replyToComment({ database, commentId, authorId, request, now }: ReplyToCommentProps): CommentReplyRecord {
  const reply: CommentReplyRecord = { id: generateRandomIdentifier(10), commentId, authorId, body: request.body, visibility: request.visibility, createdAt: now };
  insertCommentReply(database, reply);
  return reply;
}
