import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { commentReplies, users } from '../schema';

export type CommentReplyRecord = typeof commentReplies.$inferSelect;

export function insertCommentReply(database: Database, reply: CommentReplyRecord): void {
  database.insert(commentReplies).values(reply).run();
}

export function listCommentReplies(database: Database, commentId: string): Array<{ reply: CommentReplyRecord; authorName: string }> {
  return database
    .select({ reply: commentReplies, authorName: users.displayName })
    .from(commentReplies)
    .innerJoin(users, eq(users.id, commentReplies.authorId))
    .where(eq(commentReplies.commentId, commentId))
    .orderBy(asc(commentReplies.createdAt), asc(commentReplies.id))
    .all();
}
