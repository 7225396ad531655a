import { isMemberRole, wouldRemoveLastSecretariat, type MemberRole } from '../../shared/domain/roles';
import type { Database } from '../db/client';
import { countMembersWithRole, deleteMember, findMembership, insertMemberChange, updateMemberRole } from '../db/repos/members';
import { DomainError } from '../errors';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

export interface ChangeMembershipProps {
  database: Database;
  standardId: string;
  userId: string;
  /** The member's new role, or null to remove the member. */
  newRole: MemberRole | null;
  changedBy: string;
  now: Date;
}

/**
 * Changes a member's role or removes the member, keeping the last secretariat, and records the change in the
 * history and the record log in one transaction. Authorization is the caller's job.
 */
export function changeMembership({ database, standardId, userId, newRole, changedBy, now }: ChangeMembershipProps): void {
  writeTransaction(database, (transaction) => {
    const member = findMembership(transaction, standardId, userId);
    if (!member || !isMemberRole(member.role)) throw new DomainError('not_found', 'This person is not a member of the standard.');
    const previousRole = member.role;
    if (previousRole === newRole) return;
    if (wouldRemoveLastSecretariat(previousRole, newRole, countMembersWithRole(transaction, standardId, 'secretariat'))) {
      throw new DomainError('last_secretariat', 'This is the last secretariat member; name another secretariat member first.');
    }
    if (newRole === null) deleteMember(transaction, standardId, userId);
    else updateMemberRole(transaction, standardId, userId, newRole);
    insertMemberChange(transaction, { standardId, userId, previousRole, newRole, changedBy, changedAt: now });
    if (newRole === null) recordInLedger(transaction, changedBy, { kind: 'member.removed', standardId, subjectId: userId, payload: { userId, previousRole } }, now);
    else recordInLedger(transaction, changedBy, { kind: 'member.role_changed', standardId, subjectId: userId, payload: { userId, previousRole, newRole } }, now);
  });
}
