import type * as Y from 'yjs';

/**
 * Changes the server makes to a draft (restores, draft labels) go through the live document, so connected
 * collaborators receive them like any other edit and the persistence hooks log them. The collaboration layer
 * implements this; commands only see the interface.
 */
export interface LiveDocumentGateway {
  transact(documentName: string, change: (document: Y.Doc) => void): Promise<void>;
}
