import { isMemberRole } from '../../shared/domain/roles';
import type { Database } from '../db/client';
import { listStandardsOfMember, type StandardRecord } from '../db/repos/standards';
import type { StandardMembership } from '../policies/standard-policy';

export function listMyStandards(database: Database, userId: string): Array<{ standard: StandardRecord; membership: StandardMembership }> {
  return listStandardsOfMember(database, userId).flatMap(({ standard, role }) =>
    isMemberRole(role) ? [{ standard, membership: { role } }] : [],
  );
}
