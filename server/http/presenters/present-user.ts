import type { User } from '../../../shared/api/auth';
import type { UserRecord } from '../../db/repos/users';

export function presentUser(user: UserRecord): User {
  return { id: user.id, username: user.username, displayName: user.displayName, isSiteAdministrator: user.isSiteAdministrator };
}
