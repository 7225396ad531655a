import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { implementationFeedback } from '../feedback-schema';

export type FeedbackRecord = typeof implementationFeedback.$inferSelect;

export function insertFeedback(database: Database, feedback: FeedbackRecord): void {
  database.insert(implementationFeedback).values(feedback).run();
}

export function findFeedbackOfStandard(database: Database, standardId: string, feedbackId: string): FeedbackRecord | undefined {
  return database
    .select()
    .from(implementationFeedback)
    .where(and(eq(implementationFeedback.standardId, standardId), eq(implementationFeedback.id, feedbackId)))
    .get();
}

/** A standard's feedback, oldest first, so the secretariat answers in the order it arrived. */
export function listFeedbackOfStandard(database: Database, standardId: string): FeedbackRecord[] {
  return database.select().from(implementationFeedback).where(eq(implementationFeedback.standardId, standardId)).orderBy(asc(implementationFeedback.submittedAt), asc(implementationFeedback.id)).all();
}

/** What one person sent, newest first. */
export function listFeedbackOfSender(database: Database, senderId: string): FeedbackRecord[] {
  return database.select().from(implementationFeedback).where(eq(implementationFeedback.submittedBy, senderId)).orderBy(desc(implementationFeedback.submittedAt), desc(implementationFeedback.id)).all();
}

/** Records the answer unless one was given already; true when this call gave it. */
export function recordFeedbackAnswer(database: Database, feedbackId: string, answer: { answer: string; answeredBy: string; answeredAt: Date }): boolean {
  const result = database
    .update(implementationFeedback)
    .set(answer)
    .where(and(eq(implementationFeedback.id, feedbackId), isNull(implementationFeedback.answer)))
    .run();
  return result.changes === 1;
}
