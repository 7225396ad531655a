import type { Database } from '../db/client';
import { findCommentPeriod, findCommentPeriodClosure, type CommentPeriodClosureRecord, type CommentPeriodRecord } from '../db/repos/comment-periods';
import { findStandardById, type StandardRecord } from '../db/repos/standards';
import { findVersion, type VersionRecord } from '../db/repos/versions';
import { DomainError } from '../errors';
import { loadMembership } from '../commands/load-membership';
import { canReadPeriodDraft } from '../policies/comment-policy';

export interface LoadedCommentPeriod {
  period: CommentPeriodRecord;
  standard: StandardRecord;
  version: VersionRecord;
  /** Present when the secretariat ended the period early. */
  closure: CommentPeriodClosureRecord | undefined;
}

export function requireCommentPeriod(database: Database, periodId: string): LoadedCommentPeriod {
  const period = findCommentPeriod(database, periodId);
  const standard = period ? findStandardById(database, period.standardId) : undefined;
  const version = period ? findVersion(database, period.standardId, period.versionId)?.version : undefined;
  if (!period || !standard || !version) throw new DomainError('not_found', 'This comment period does not exist.');
  return { period, standard, version, closure: findCommentPeriodClosure(database, period.id) };
}

/** A period whose frozen draft this person may read now: from its start, or before it for the working group. */
export function requireReadablePeriodDraft(database: Database, periodId: string, actorId: string, now: Date): LoadedCommentPeriod {
  const loaded = requireCommentPeriod(database, periodId);
  if (!canReadPeriodDraft(loaded.period, loadMembership(database, loaded.standard.id, actorId), now)) {
    throw new DomainError('comment_period_not_started', `This comment period starts at ${loaded.period.startsAt.toISOString()}; its draft can be read from then.`);
  }
  return loaded;
}
