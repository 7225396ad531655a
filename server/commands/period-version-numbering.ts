import { numberDocument, type DocumentNumbering } from '../../shared/document/numbering';
import type { Database } from '../db/client';
import { findCommentPeriod } from '../db/repos/comment-periods';
import { findVersion } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';

/** The numbers of the frozen version a comment period put out: what a commenter read and refers to. */
export function numberingOfPeriodVersion(database: Database, periodId: string): DocumentNumbering | null {
  const period = findCommentPeriod(database, periodId);
  const version = period ? findVersion(database, period.standardId, period.versionId) : undefined;
  return version ? numberDocument(documentOfVersionState(new Uint8Array(version.version.state))) : null;
}
