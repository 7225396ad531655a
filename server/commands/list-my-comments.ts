import { numberDocument, type DocumentNumbering } from '../../shared/document/numbering';
import type { Database } from '../db/client';
import { findCommentPeriod } from '../db/repos/comment-periods';
import { listCommentsOfAuthor, type CommentWithSubmitter } from '../db/repos/comments';
import { findVersion } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';

/**
 * A commenter's own comments, each with the clause number in the frozen version they commented on: that is the
 * document they read, and the live draft is not theirs to see.
 */
export function listMyComments(database: Database, authorId: string): Array<{ row: CommentWithSubmitter; clauseNumber: string | null; clauseNumberOf: (clauseId: string) => string | null }> {
  const numberingByPeriod = new Map<string, DocumentNumbering | null>();
  function numberingOf(periodId: string): DocumentNumbering | null {
    if (!numberingByPeriod.has(periodId)) {
      const period = findCommentPeriod(database, periodId);
      const version = period ? findVersion(database, period.standardId, period.versionId) : undefined;
      numberingByPeriod.set(periodId, version ? numberDocument(documentOfVersionState(new Uint8Array(version.version.state))) : null);
    }
    return numberingByPeriod.get(periodId) ?? null;
  }
  return listCommentsOfAuthor(database, authorId).map((row) => {
    const clauseNumberOf = (clauseId: string): string | null => numberingOf(row.comment.periodId)?.byId.get(clauseId)?.number ?? null;
    return { row, clauseNumber: clauseNumberOf(row.comment.clauseId), clauseNumberOf };
  });
}
