import { replySchema, type Reply } from '../../../shared/api/comments';
import type { CommentReplyRecord } from '../../db/repos/comment-replies';

export function presentReply(reply: CommentReplyRecord, authorName: string): Reply {
  return replySchema.parse({
    id: reply.id,
    commentId: reply.commentId,
    author: { displayName: authorName },
    body: reply.body,
    visibility: reply.visibility,
    createdAt: reply.createdAt.toISOString(),
  });
}
