import type * as Y from 'yjs';

/**
 * Changes the server makes to a draft (restores, draft labels) go through the live document, so connected
 * collaborators receive them like any other edit and the persistence hooks log them. The collaboration layer
 * implements this; commands only see the interface.
 */
export interface LiveDocumentGateway {
  transact(documentName: string, change: (document: Y.Doc) => void): Promise<void>;
  /** Someone was just given a ticket for this draft: start loading it, so it is ready when their socket arrives. */
  warmUp(documentName: string): void;
  /** A person's role changed or they were removed: close their sockets, so they come back with a ticket for their new access. */
  disconnectUser(documentName: string, userId: string): void;
}
