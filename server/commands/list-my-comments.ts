import type { ReferenceNamer } from '../../shared/document/element-references';
import type { Database } from '../db/client';
import { listCommentsOfAuthor, type CommentWithSubmitter } from '../db/repos/comments';
import { referencesOfPeriodVersion } from './period-version-numbering';

/**
 * A commenter's own comments, each with the clause number in the frozen version they commented on: that is the
 * document they read, and the live draft is not theirs to see.
 */
export function listMyComments(database: Database, authorId: string): Array<{ row: CommentWithSubmitter; clauseNumber: string | null; clauseNumberOf: (clauseId: string) => string | null }> {
  const namerByPeriod = new Map<string, ReferenceNamer | null>();
  function namerOf(periodId: string): ReferenceNamer | null {
    if (!namerByPeriod.has(periodId)) namerByPeriod.set(periodId, referencesOfPeriodVersion(database, periodId));
    return namerByPeriod.get(periodId) ?? null;
  }
  return listCommentsOfAuthor(database, authorId).map((row) => {
    const clauseNumberOf = (clauseId: string): string | null => namerOf(row.comment.periodId)?.(clauseId) ?? null;
    return { row, clauseNumber: clauseNumberOf(row.comment.clauseId), clauseNumberOf };
  });
}
