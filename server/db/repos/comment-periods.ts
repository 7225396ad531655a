import { asc, desc, eq, lte } from 'drizzle-orm';
import type { Database } from '../client';
import { commentPeriodClosures, commentPeriodExtensions, commentPeriods } from '../schema';
import { writeTransaction } from '../transactions';

export type CommentPeriodRecord = typeof commentPeriods.$inferSelect;

export function insertCommentPeriod(database: Database, period: CommentPeriodRecord): void {
  database.insert(commentPeriods).values(period).run();
}

export function findCommentPeriod(database: Database, periodId: string): CommentPeriodRecord | undefined {
  return database.select().from(commentPeriods).where(eq(commentPeriods.id, periodId)).get();
}

export function latestCommentPeriodOf(database: Database, standardId: string): CommentPeriodRecord | undefined {
  return database.select().from(commentPeriods).where(eq(commentPeriods.standardId, standardId)).orderBy(desc(commentPeriods.createdAt)).get();
}

/** Moves the end of a period and records the previous end and the reason, in one transaction. */
export function extendCommentPeriodRecord(
  database: Database,
  extension: { periodId: string; previousEndsAt: Date; newEndsAt: Date; reason: string; extendedBy: string; extendedAt: Date },
): void {
  writeTransaction(database, (transaction) => {
    transaction.update(commentPeriods).set({ endsAt: extension.newEndsAt }).where(eq(commentPeriods.id, extension.periodId)).run();
    transaction.insert(commentPeriodExtensions).values(extension).run();
  });
}

/** Periods whose end time has passed (including ones that were closed already; the caller tells them apart). */
export function listEndedCommentPeriods(database: Database, now: Date): CommentPeriodRecord[] {
  return database.select().from(commentPeriods).where(lte(commentPeriods.endsAt, now)).all();
}

export type CommentPeriodExtensionRecord = typeof commentPeriodExtensions.$inferSelect;

/** A standard's periods, newest first. */
export function listCommentPeriodsOf(database: Database, standardId: string): CommentPeriodRecord[] {
  return database.select().from(commentPeriods).where(eq(commentPeriods.standardId, standardId)).orderBy(desc(commentPeriods.createdAt)).all();
}

export function listCommentPeriodExtensions(database: Database, periodId: string): CommentPeriodExtensionRecord[] {
  return database.select().from(commentPeriodExtensions).where(eq(commentPeriodExtensions.periodId, periodId)).orderBy(asc(commentPeriodExtensions.id)).all();
}

export type CommentPeriodClosureRecord = typeof commentPeriodClosures.$inferSelect;

/** Ends a period now (its end moves to `endsAt`) and keeps why, when it would have ended and who ended it. */
export function closeCommentPeriodRecord(database: Database, closure: CommentPeriodClosureRecord, endsAt: Date): void {
  database.update(commentPeriods).set({ endsAt }).where(eq(commentPeriods.id, closure.periodId)).run();
  database.insert(commentPeriodClosures).values(closure).run();
}

export function findCommentPeriodClosure(database: Database, periodId: string): CommentPeriodClosureRecord | undefined {
  return database.select().from(commentPeriodClosures).where(eq(commentPeriodClosures.periodId, periodId)).get();
}
