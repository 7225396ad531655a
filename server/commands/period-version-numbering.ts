import { referenceNamerOf, type ReferenceNamer } from '../../shared/document/element-references';
import type { Database } from '../db/client';
import { findCommentPeriod } from '../db/repos/comment-periods';
import { findVersion } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';

/** How the frozen version a comment period put out names its elements ("5.2", "表2"): what a commenter read and refers to. */
export function referencesOfPeriodVersion(database: Database, periodId: string): ReferenceNamer | null {
  const period = findCommentPeriod(database, periodId);
  const version = period ? findVersion(database, period.standardId, period.versionId) : undefined;
  return version ? referenceNamerOf(documentOfVersionState(new Uint8Array(version.version.state))) : null;
}
