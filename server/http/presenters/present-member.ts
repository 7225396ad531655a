import type { Member } from '../../../shared/api/standards';
import { isMemberRole } from '../../../shared/domain/roles';
import type { MemberRecord } from '../../db/repos/members';
import type { UserRecord } from '../../db/repos/users';

export function presentMember(member: MemberRecord, user: UserRecord): Member | null {
  if (!isMemberRole(member.role)) return null;
  return { userId: user.id, username: user.username, displayName: user.displayName, role: member.role, addedAt: member.addedAt.toISOString() };
}
