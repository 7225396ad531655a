import type { beforeHandleAwarenessPayload, Extension } from '@hocuspocus/server';
import { caretColorForUser, type AwarenessUser } from '../../shared/collab/awareness-user';
import { isCollaborationContext } from './collaboration-context';

/**
 * Awareness is written by clients, so a connection may only speak for the one Yjs client id it uses,
 * and the name and colour it shows are always the authenticated person's.
 */
export class AwarenessExtension implements Extension {
  extensionName = 'Awareness';

  async beforeHandleAwareness({ states, connection, context, document }: beforeHandleAwarenessPayload): Promise<void> {
    if (!connection || !isCollaborationContext(context)) return;
    const ownClientIds = document.getClients(connection);
    const clientIdsOfOthers = new Set<number>();
    for (const [otherConnection] of document.connections) {
      if (otherConnection !== connection) for (const clientId of document.getClients(otherConnection)) clientIdsOfOthers.add(clientId);
    }
    const user: AwarenessUser = { id: context.user.id, name: context.user.displayName, color: caretColorForUser(context.user.id) };
    for (const [clientId, state] of states) {
      const claimsAnotherClient = ownClientIds.size > 0 && !ownClientIds.has(clientId);
      if (clientIdsOfOthers.has(clientId) || claimsAnotherClient) {
        states.delete(clientId);
        continue;
      }
      if (state !== null && typeof state === 'object' && Object.keys(state).length > 0) state.user = user;
    }
  }
}
