import type { DocumentNumbering } from '../../shared/document/numbering';
import type { Database } from '../db/client';
import { listCommentsOfAuthor, type CommentWithSubmitter } from '../db/repos/comments';
import { numberingOfPeriodVersion } from './period-version-numbering';

/**
 * A commenter's own comments, each with the clause number in the frozen version they commented on: that is the
 * document they read, and the live draft is not theirs to see.
 */
export function listMyComments(database: Database, authorId: string): Array<{ row: CommentWithSubmitter; clauseNumber: string | null; clauseNumberOf: (clauseId: string) => string | null }> {
  const numberingByPeriod = new Map<string, DocumentNumbering | null>();
  function numberingOf(periodId: string): DocumentNumbering | null {
    if (!numberingByPeriod.has(periodId)) numberingByPeriod.set(periodId, numberingOfPeriodVersion(database, periodId));
    return numberingByPeriod.get(periodId) ?? null;
  }
  return listCommentsOfAuthor(database, authorId).map((row) => {
    const clauseNumberOf = (clauseId: string): string | null => numberingOf(row.comment.periodId)?.byId.get(clauseId)?.number ?? null;
    return { row, clauseNumber: clauseNumberOf(row.comment.clauseId), clauseNumberOf };
  });
}
