import type { User } from '../../shared/api/auth';
import type { AwarenessUser } from '../../shared/collab/awareness-user';
import { caretColorForUser } from '../../shared/collab/awareness-user';

/** What this browser announces about itself; the server overwrites it from the session anyway. */
export function localAwarenessUser(user: User): AwarenessUser {
  return { id: user.id, name: user.displayName, color: caretColorForUser(user.id) };
}
