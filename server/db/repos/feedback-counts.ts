import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { implementationFeedback } from '../feedback-schema';

/** How many pieces of implementation feedback each standard has received, over all its editions; 0 for none. */
export function countFeedbackPerStandard(database: Database, standardIds: string[]): Map<string, number> {
  const counts = new Map<string, number>(standardIds.map((standardId) => [standardId, 0]));
  if (standardIds.length === 0) return counts;
  const rows = database
    .select({ standardId: implementationFeedback.standardId, received: count() })
    .from(implementationFeedback)
    .where(inArray(implementationFeedback.standardId, standardIds))
    .groupBy(implementationFeedback.standardId)
    .all();
  for (const row of rows) counts.set(row.standardId, row.received);
  return counts;
}

/** How many pieces of feedback each standard has that the secretariat has not answered yet. */
export function countUnansweredFeedbackPerStandard(database: Database, standardIds: string[]): Map<string, number> {
  const counts = new Map<string, number>(standardIds.map((standardId) => [standardId, 0]));
  if (standardIds.length === 0) return counts;
  const rows = database
    .select({ standardId: implementationFeedback.standardId, unanswered: count() })
    .from(implementationFeedback)
    .where(and(inArray(implementationFeedback.standardId, standardIds), isNull(implementationFeedback.answer)))
    .groupBy(implementationFeedback.standardId)
    .all();
  for (const row of rows) counts.set(row.standardId, row.unanswered);
  return counts;
}

/** Feedback of one standard per clause id; feedback on the standard as a whole is counted under null. */
export function countFeedbackPerClause(database: Database, standardId: string): Map<string | null, number> {
  const rows = database
    .select({ clauseId: implementationFeedback.clauseId, received: count() })
    .from(implementationFeedback)
    .where(eq(implementationFeedback.standardId, standardId))
    .groupBy(implementationFeedback.clauseId)
    .all();
  return new Map(rows.map((row) => [row.clauseId, row.received]));
}
