import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { periodicReviews } from '../publication-schema';

export type PeriodicReviewRecord = typeof periodicReviews.$inferSelect;

export function insertPeriodicReview(database: Database, review: PeriodicReviewRecord): void {
  database.insert(periodicReviews).values(review).run();
}

export function listPeriodicReviewsOfStandard(database: Database, standardId: string): PeriodicReviewRecord[] {
  return database.select().from(periodicReviews).where(eq(periodicReviews.standardId, standardId)).orderBy(desc(periodicReviews.startedAt), desc(periodicReviews.id)).all();
}

export function findPeriodicReviewOfStandard(database: Database, standardId: string, reviewId: string): PeriodicReviewRecord | undefined {
  return database
    .select()
    .from(periodicReviews)
    .where(and(eq(periodicReviews.standardId, standardId), eq(periodicReviews.id, reviewId)))
    .get();
}

export function recordPeriodicReviewConclusion(
  database: Database,
  reviewId: string,
  conclusion: { conclusion: 'continue' | 'revise' | 'withdraw'; conclusionNote: string; concludedBy: string; concludedAt: Date },
): boolean {
  /** False when the review had a conclusion already. */
  return (
    database
    .update(periodicReviews)
    .set(conclusion)
      .where(and(eq(periodicReviews.id, reviewId), isNull(periodicReviews.conclusion)))
      .run().changes === 1
  );
}
