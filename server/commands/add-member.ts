import type { AddMemberRequest } from '../../shared/api/standards';
import type { Database } from '../db/client';
import { findMembership, insertMember, type MemberRecord } from '../db/repos/members';
import { findUserByUsername, type UserRecord } from '../db/repos/users';
import { DomainError } from '../errors';

export interface AddMemberProps {
  database: Database;
  standardId: string;
  addedBy: string;
  request: AddMemberRequest;
  now: Date;
}

/** Adds an existing account to a standard with a role; authorization is the caller's job. */
export function addMember({ database, standardId, addedBy, request, now }: AddMemberProps): { member: MemberRecord; user: UserRecord } {
  const user = findUserByUsername(database, request.username);
  if (!user) throw new DomainError('user_not_found', `No account is called "${request.username}".`);
  if (findMembership(database, standardId, user.id)) {
    throw new DomainError('already_member', `${user.displayName} is already a member of this standard.`);
  }
  const member: MemberRecord = { standardId, userId: user.id, role: request.role, addedBy, addedAt: now };
  insertMember(database, member);
  return { member, user };
}
