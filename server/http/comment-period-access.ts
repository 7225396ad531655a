import type { Database } from '../db/client';
import { findCommentPeriod, type CommentPeriodRecord } from '../db/repos/comment-periods';
import { findStandardById, type StandardRecord } from '../db/repos/standards';
import { findVersion, type VersionRecord } from '../db/repos/versions';
import { DomainError } from '../errors';

export interface LoadedCommentPeriod {
  period: CommentPeriodRecord;
  standard: StandardRecord;
  version: VersionRecord;
}

export function requireCommentPeriod(database: Database, periodId: string): LoadedCommentPeriod {
  const period = findCommentPeriod(database, periodId);
  const standard = period ? findStandardById(database, period.standardId) : undefined;
  const version = period ? findVersion(database, period.standardId, period.versionId)?.version : undefined;
  if (!period || !standard || !version) throw new DomainError('not_found', 'This comment period does not exist.');
  return { period, standard, version };
}
