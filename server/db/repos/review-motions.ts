import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import type { Database } from '../client';
import { reviewBallots, reviewMotions, reviewOpinionResponses, reviewOpinions, reviews } from '../review-schema';

export type MotionRecord = typeof reviewMotions.$inferSelect;
export type BallotRecord = typeof reviewBallots.$inferSelect;
export type OpinionRecord = typeof reviewOpinions.$inferSelect;
export type OpinionResponseRecord = typeof reviewOpinionResponses.$inferSelect;

export function insertMotion(database: Database, motion: MotionRecord): void {
  database.insert(reviewMotions).values(motion).run();
}

export function findMotion(database: Database, motionId: string): MotionRecord | undefined {
  return database.select().from(reviewMotions).where(eq(reviewMotions.id, motionId)).get();
}

export function listMotions(database: Database, reviewId: string): MotionRecord[] {
  return database.select().from(reviewMotions).where(eq(reviewMotions.reviewId, reviewId)).orderBy(asc(reviewMotions.createdAt), asc(reviewMotions.kind)).all();
}

export function updateMotion(database: Database, motionId: string, changes: Partial<Omit<MotionRecord, 'id' | 'reviewId' | 'kind' | 'createdAt'>>): void {
  database.update(reviewMotions).set(changes).where(eq(reviewMotions.id, motionId)).run();
}

/** Open motions of correspondence ballots whose close time has passed. */
export function listMotionsDueToClose(database: Database, now: Date): MotionRecord[] {
  return database
    .select({ motion: reviewMotions })
    .from(reviewMotions)
    .innerJoin(reviews, eq(reviews.id, reviewMotions.reviewId))
    .where(and(eq(reviewMotions.state, 'open'), isNotNull(reviews.closesAt), lte(reviews.closesAt, now)))
    .all()
    .map((row) => row.motion);
}

/** Motions of correspondence ballots not opened yet whose opening time has come (and whose close is still ahead). */
export function listMotionsDueToOpen(database: Database, now: Date): MotionRecord[] {
  return database
    .select({ motion: reviewMotions })
    .from(reviewMotions)
    .innerJoin(reviews, eq(reviews.id, reviewMotions.reviewId))
    .where(and(eq(reviewMotions.state, 'created'), eq(reviews.kind, 'correspondence'), isNotNull(reviews.opensAt), lte(reviews.opensAt, now)))
    .all()
    .map((row) => row.motion);
}

export function insertBallot(database: Database, ballot: BallotRecord): void {
  database.insert(reviewBallots).values(ballot).run();
}

/** Every ballot of a motion in the order cast, changes included. */
export function listBallots(database: Database, motionId: string): BallotRecord[] {
  return database.select().from(reviewBallots).where(eq(reviewBallots.motionId, motionId)).orderBy(asc(reviewBallots.castAt), asc(reviewBallots.id)).all();
}

export function insertOpinion(database: Database, opinion: OpinionRecord): void {
  database.insert(reviewOpinions).values(opinion).run();
}

export function findOpinion(database: Database, opinionId: string): OpinionRecord | undefined {
  return database.select().from(reviewOpinions).where(eq(reviewOpinions.id, opinionId)).get();
}

export function listOpinions(database: Database, reviewId: string): OpinionRecord[] {
  return database.select().from(reviewOpinions).where(eq(reviewOpinions.reviewId, reviewId)).orderBy(asc(reviewOpinions.writtenAt), asc(reviewOpinions.id)).all();
}

export function insertOpinionResponse(database: Database, response: OpinionResponseRecord): void {
  database.insert(reviewOpinionResponses).values(response).run();
}

export function listOpinionResponses(database: Database, opinionId: string): OpinionResponseRecord[] {
  return database.select().from(reviewOpinionResponses).where(eq(reviewOpinionResponses.opinionId, opinionId)).orderBy(asc(reviewOpinionResponses.respondedAt)).all();
}
