import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Database } from '../client';
import { comments, stakeholderProfiles, users } from '../schema';

export type CommentRecord = typeof comments.$inferSelect;

export interface CommentWithSubmitter {
  comment: CommentRecord;
  displayName: string;
  organisation: string | null;
  assigneeName: string | null;
}

const assignees = alias(users, 'assignees');

export function insertComment(database: Database, comment: CommentRecord): void {
  database.insert(comments).values(comment).run();
}

export function findComment(database: Database, commentId: string): CommentRecord | undefined {
  return database.select().from(comments).where(eq(comments.id, commentId)).get();
}

export function updateComment(database: Database, commentId: string, changes: Partial<Omit<CommentRecord, 'id' | 'periodId' | 'standardId' | 'authorId'>>): void {
  database.update(comments).set(changes).where(eq(comments.id, commentId)).run();
}

function selectWithSubmitter(database: Database) {
  return database
    .select({ comment: comments, displayName: users.displayName, organisation: stakeholderProfiles.organisation, assigneeName: assignees.displayName })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .leftJoin(stakeholderProfiles, eq(stakeholderProfiles.userId, comments.authorId))
    .leftJoin(assignees, eq(assignees.id, comments.assigneeId));
}

export function listCommentsOfStandard(database: Database, standardId: string): CommentWithSubmitter[] {
  return selectWithSubmitter(database).where(eq(comments.standardId, standardId)).orderBy(asc(comments.createdAt), asc(comments.id)).all();
}

export function listCommentsOfAuthor(database: Database, authorId: string): CommentWithSubmitter[] {
  return selectWithSubmitter(database).where(eq(comments.authorId, authorId)).orderBy(asc(comments.createdAt), asc(comments.id)).all();
}

export function findCommentWithSubmitter(database: Database, commentId: string): CommentWithSubmitter | undefined {
  return selectWithSubmitter(database).where(eq(comments.id, commentId)).get();
}

/** How many comments (withdrawn ones left out) each registered e-mail, lower-cased, made in a period. */
export function countCommentsByAuthorEmail(database: Database, periodId: string): Map<string, number> {
  const email = sql<string>`lower(${stakeholderProfiles.email})`;
  const rows = database
    .select({ email, comments: count() })
    .from(comments)
    .innerJoin(stakeholderProfiles, eq(stakeholderProfiles.userId, comments.authorId))
    .where(and(eq(comments.periodId, periodId), ne(comments.status, 'withdrawn')))
    .groupBy(email)
    .all();
  return new Map(rows.map((row) => [row.email, row.comments]));
}
