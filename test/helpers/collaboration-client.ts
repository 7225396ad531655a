import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { documentNameForStandard, parseDocumentName, type DocumentKind } from '../../shared/collab/document-name';
import type { ApiClient } from './api-client';

export interface CollaborationClient {
  document: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  authenticationFailures: string[];
  destroy(): void;
}

async function fetchTicket(client: ApiClient, standardId: string, documentKind: DocumentKind): Promise<string> {
  const response = await client.post('/api/collab/ticket', { standardId, documentKind });
  if (response.status !== 200) return 'no-ticket';
  return (response.body as { token: string }).token;
}

/** A real `@hocuspocus/provider` over a real socket, authenticating with a fresh ticket on every connect. */
export function connectCollaborationClient(client: ApiClient, standardId: string, documentName = documentNameForStandard(standardId)): CollaborationClient {
  const document = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `${client.baseUrl.replace(/^http/, 'ws')}/collab`,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
  });
  const authenticationFailures: string[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document,
    token: () => fetchTicket(client, standardId, parseDocumentName(documentName)?.kind ?? 'draft'),
    onAuthenticationFailed: ({ reason }) => authenticationFailures.push(reason),
  });
  provider.attach();
  return {
    document,
    provider,
    socket,
    authenticationFailures,
    destroy() {
      provider.destroy();
      socket.destroy();
      document.destroy();
    },
  };
}

export function waitForSynced(collaborationClient: CollaborationClient, timeoutMilliseconds = 15_000): Promise<void> {
  if (collaborationClient.provider.isSynced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('provider did not sync in time')), timeoutMilliseconds);
    collaborationClient.provider.on('synced', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Resolves once the server has acknowledged every local change, which the app shows as "saved". */
export function waitForAllSaved(collaborationClient: CollaborationClient, timeoutMilliseconds = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMilliseconds;
    const check = (): void => {
      if (collaborationClient.provider.unsyncedChanges === 0) resolve();
      else if (Date.now() > deadline) reject(new Error(`still ${collaborationClient.provider.unsyncedChanges} unsaved changes`));
      else setTimeout(check, 10);
    };
    check();
  });
}
