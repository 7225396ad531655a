import { asc, desc, eq, lte } from 'drizzle-orm';
import type { Database } from '../client';
import { commentPeriodExtensions, commentPeriods } from '../schema';

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
  database.transaction((transaction) => {
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
