import type { Hocuspocus } from '@hocuspocus/server';
import type { LiveDocumentGateway } from '../commands/live-document-gateway';
import { isCollaborationContext } from './collaboration-context';
import type { DocumentWarmUp } from './document-warm-up';

/** Server-side changes through a Hocuspocus direct connection: broadcast to clients and logged by Persistence. */
export function createLiveDocumentGateway(hocuspocus: Hocuspocus, documentWarmUp: DocumentWarmUp): LiveDocumentGateway {
  return {
    async transact(documentName, change) {
      const connection = await hocuspocus.openDirectConnection(documentName, { source: 'server' });
      try {
        await connection.transact((document) => change(document));
      } finally {
        await connection.disconnect();
      }
    },
    disconnectUser(documentName, userId) {
      for (const connection of hocuspocus.documents.get(documentName)?.getConnections() ?? []) {
        const context: unknown = connection.context;
        if (isCollaborationContext(context) && context.user.id === userId) connection.close();
      }
    },
    warmUp(documentName) {
      documentWarmUp.warm(documentName);
    },
  };
}
