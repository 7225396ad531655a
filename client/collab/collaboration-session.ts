import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type { onCloseParameters, onStatusParameters, onUnsyncedChangesParameters } from '@hocuspocus/provider';
import type { Accessor } from 'solid-js';
import { createSignal } from 'solid-js';
import * as Y from 'yjs';
import type { AwarenessUser } from '../../shared/collab/awareness-user';
import type { DocumentKind } from '../../shared/collab/document-name';
import { collaborationUrl } from './collaboration-url';
import type { ConnectionProblem } from './connection-problem';
import { problemForClose, problemForRefusedTicket, stopsReconnecting } from './connection-problem';
import type { Participant } from './participants';
import { participantsFromAwareness } from './participants';
import type { SaveState } from './save-state';
import { saveStateFor } from './save-state';
import { takeFirstTicket } from './first-ticket-prefetch';
import { createTicketSource } from './ticket-source';

const retryDelayAfterTransientFailureInMilliseconds = 3_000;

export interface CollaborationSession {
  readonly document: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly user: AwarenessUser;
  /** True once the first sync finished; the editor must not exist before. */
  hasSyncedOnce: Accessor<boolean>;
  readOnly: Accessor<boolean>;
  saveState: Accessor<SaveState>;
  problem: Accessor<ConnectionProblem | null>;
  participants: Accessor<Participant[]>;
  reconnect: () => void;
  destroy: () => void;
}

interface SessionOptions {
  standardId: string;
  /** The draft unless told otherwise: the 编制说明 is the standard's other live document. */
  documentKind?: DocumentKind;
  user: AwarenessUser;
}

/** The only place in the client that creates a HocuspocusProvider. */
export async function openCollaborationSession(options: SessionOptions): Promise<CollaborationSession> {
  const documentKind = options.documentKind ?? 'draft';
  const firstTicket = await takeFirstTicket(options.standardId, documentKind);

  const document = new Y.Doc();
  const [readOnly, setReadOnly] = createSignal(firstTicket.readOnly);
  const tickets = createTicketSource({
    standardId: options.standardId,
    documentKind,
    firstTicket,
    onTicket: (ticket) => setReadOnly(ticket.readOnly),
  });
  const provider = new HocuspocusProvider({
    url: collaborationUrl(),
    name: firstTicket.documentName,
    document,
    token: tickets.token,
  });
  provider.setAwarenessField('user', options.user);

  const [connectionStatus, setConnectionStatus] = createSignal(provider.configuration.websocketProvider.status);
  const [browserOnline, setBrowserOnline] = createSignal(navigator.onLine);
  const [synced, setSynced] = createSignal(provider.isSynced);
  const [hasSyncedOnce, setHasSyncedOnce] = createSignal(provider.isSynced);
  const [unsyncedChanges, setUnsyncedChanges] = createSignal(provider.unsyncedChanges);
  const [problem, setProblem] = createSignal<ConnectionProblem | null>(null);
  const [participants, setParticipants] = createSignal<Participant[]>([]);
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function cancelRetry(): void {
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
  }

  function stop(reason: ConnectionProblem): void {
    cancelRetry();
    setProblem(reason);
    provider.disconnect();
  }

  function retryLater(): void {
    cancelRetry();
    provider.disconnect();
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (browserOnline()) void provider.connect();
    }, retryDelayAfterTransientFailureInMilliseconds);
  }

  function onStatus({ status }: onStatusParameters): void {
    setConnectionStatus(status);
    if (status !== WebSocketStatus.Connected) setSynced(false);
  }

  function onSynced(): void {
    setSynced(true);
    setHasSyncedOnce(true);
    setProblem((current) => (current === 'storage-failure' ? null : current));
  }

  function onAuthenticationFailed({ reason }: { reason: string }): void {
    const ticketFailure = tickets.lastFailure();
    if (ticketFailure === 'transient') retryLater();
    else stop(ticketFailure ?? problemForRefusedTicket(reason));
  }

  function onClose({ event }: onCloseParameters): void {
    setSynced(false);
    const closeProblem = problemForClose(event);
    if (closeProblem !== null && stopsReconnecting(closeProblem)) return stop(closeProblem);
    if (closeProblem !== null) setProblem(closeProblem);
    // The server closes one document by message and keeps the socket open, where the provider would wait
    // forever; closing the socket makes the provider reconnect, with a fresh ticket.
    const socket = provider.configuration.websocketProvider;
    if (socket.status === WebSocketStatus.Connected) socket.webSocket?.close();
  }

  function onAwarenessChange(): void {
    const states = provider.awareness?.getStates() ?? new Map<number, unknown>();
    setParticipants(participantsFromAwareness(states, document.clientID, options.user.id));
  }

  function onBrowserOffline(): void {
    setBrowserOnline(false);
    cancelRetry();
    provider.disconnect();
  }

  function onBrowserOnline(): void {
    setBrowserOnline(true);
    if (!stopsReconnecting(problem())) void provider.connect();
  }

  provider.on('status', onStatus);
  provider.on('synced', onSynced);
  provider.on('unsyncedChanges', ({ number }: onUnsyncedChangesParameters) => setUnsyncedChanges(number));
  provider.on('authenticationFailed', onAuthenticationFailed);
  provider.on('close', onClose);
  provider.awareness?.on('change', onAwarenessChange);
  window.addEventListener('offline', onBrowserOffline);
  window.addEventListener('online', onBrowserOnline);
  onAwarenessChange();

  const saveState = () =>
    saveStateFor({
      connectionStatus: connectionStatus(),
      browserOnline: browserOnline(),
      synced: synced(),
      unsyncedChanges: unsyncedChanges(),
    });

  return {
    document,
    provider,
    user: options.user,
    hasSyncedOnce,
    readOnly,
    saveState,
    problem,
    participants,
    reconnect() {
      cancelRetry();
      setProblem(null);
      void provider.connect();
    },
    destroy() {
      cancelRetry();
      window.removeEventListener('offline', onBrowserOffline);
      window.removeEventListener('online', onBrowserOnline);
      provider.awareness?.off('change', onAwarenessChange);
      provider.destroy();
      document.destroy();
    },
  };
}
