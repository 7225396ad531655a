import { endpoints } from '../../shared/api/contract';
import type { Reply } from '../../shared/api/comments';
import { callEndpoint } from './call-endpoint';

export type ReplyVisibility = Reply['visibility'];
export type CommentAssignee = { id: string; displayName: string } | null;

/** The thread of a comment: everything for the working group, public replies for the commenter. */
export async function listReplies(commentId: string): Promise<Reply[]> {
  const { replies } = await callEndpoint(endpoints.commentReplies, { pathParameters: { id: commentId } });
  return replies;
}

export function replyToComment(commentId: string, body: string, visibility: ReplyVisibility): Promise<Reply> {
  return callEndpoint(endpoints.replyToComment, { pathParameters: { id: commentId }, body: { body, visibility } });
}

/** Gives the comment to a drafter by username, or takes it back with null. */
export async function assignComment(commentId: string, username: string | null): Promise<CommentAssignee> {
  const { assignee } = await callEndpoint(endpoints.assignComment, { pathParameters: { id: commentId }, body: { username } });
  return assignee;
}
