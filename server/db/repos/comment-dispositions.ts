import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { commentDispositions, commentReactions, users } from '../schema';

export type DispositionRecord = typeof commentDispositions.$inferSelect;
export type ReactionRecord = typeof commentReactions.$inferSelect;

export interface DispositionWithDecider {
  disposition: DispositionRecord;
  deciderName: string;
}

const insertionOrder = sql`${commentDispositions}.rowid`;

export function insertDisposition(database: Database, disposition: DispositionRecord): void {
  database.insert(commentDispositions).values(disposition).run();
}

export function insertReaction(database: Database, reaction: ReactionRecord): void {
  database.insert(commentReactions).values(reaction).run();
}

/** Every disposition of the comments, oldest first; the last one of a comment is the one in force. */
export function listDispositionsOfComments(database: Database, commentIds: readonly string[]): DispositionWithDecider[] {
  if (commentIds.length === 0) return [];
  return database
    .select({ disposition: commentDispositions, deciderName: users.displayName })
    .from(commentDispositions)
    .innerJoin(users, eq(users.id, commentDispositions.decidedBy))
    .where(inArray(commentDispositions.commentId, [...commentIds]))
    .orderBy(asc(insertionOrder))
    .all();
}

export function listReactionsOfComments(database: Database, commentIds: readonly string[]): ReactionRecord[] {
  if (commentIds.length === 0) return [];
  return database
    .select()
    .from(commentReactions)
    .where(inArray(commentReactions.commentId, [...commentIds]))
    .orderBy(asc(sql`${commentReactions}.rowid`))
    .all();
}

/** The latest entry per comment, from lists in insertion order. */
export function latestByComment<Entry>(entries: readonly Entry[], commentIdOf: (entry: Entry) => string): Map<string, Entry> {
  const latest = new Map<string, Entry>();
  for (const entry of entries) latest.set(commentIdOf(entry), entry);
  return latest;
}
