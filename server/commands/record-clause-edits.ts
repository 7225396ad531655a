import type { Database } from '../db/client';
import { insertClauseEdits } from '../db/repos/clause-edits';

/** One history entry per person and clause per minute is enough to say who edited what, and when. */
const coalescingWindowMilliseconds = 60 * 1000;

export interface RecordClauseEditsProps {
  database: Database;
  documentName: string;
  clauseIds: ReadonlySet<string>;
  userId: string;
  now: Date;
  /** Last recorded time per `documentName|clauseId|userId`, kept by the caller between calls. */
  lastRecorded: Map<string, number>;
}

export function recordClauseEdits({ database, documentName, clauseIds, userId, now, lastRecorded }: RecordClauseEditsProps): void {
  const edits = [...clauseIds].flatMap((clauseId) => {
    const key = `${documentName}|${clauseId}|${userId}`;
    const previous = lastRecorded.get(key);
    if (previous !== undefined && now.getTime() - previous < coalescingWindowMilliseconds) return [];
    lastRecorded.set(key, now.getTime());
    return [{ documentName, clauseId, userId, editedAt: now }];
  });
  insertClauseEdits(database, edits);
}
