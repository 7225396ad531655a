import { loadMembership } from '../commands/load-membership';
import type { Database } from '../db/client';
import { findStandardById, type StandardRecord } from '../db/repos/standards';
import { DomainError } from '../errors';
import { canViewStandard, type StandardMembership } from '../policies/standard-policy';

const notFoundMessage = 'This standard does not exist or you are not a member of it.';

/** Non-members get the same 404 as for a standard that does not exist, so ids cannot be probed. */
export function requireVisibleStandard(database: Database, standardId: string, userId: string): StandardMembership {
  const membership = loadMembership(database, standardId, userId);
  if (!canViewStandard(membership) || membership === null) throw new DomainError('not_found', notFoundMessage);
  return membership;
}

export function requireStandard(database: Database, standardId: string): StandardRecord {
  const standard = findStandardById(database, standardId);
  if (!standard) throw new DomainError('not_found', 'This standard does not exist.');
  return standard;
}
