import { isMemberRole } from '../../shared/domain/roles';
import type { Database } from '../db/client';
import { findMembership } from '../db/repos/members';
import type { StandardMembership } from '../policies/standard-policy';

export function loadMembership(database: Database, standardId: string, userId: string): StandardMembership | null {
  const member = findMembership(database, standardId, userId);
  if (!member || !isMemberRole(member.role)) return null;
  return { role: member.role };
}
