import {
  isTransactionOrigin,
  type afterLoadDocumentPayload,
  type afterUnloadDocumentPayload,
  type beforeSyncPayload,
  type Document,
  type Extension,
  type onChangePayload,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { closeCodes } from '../../shared/collab/close-codes';
import type { Database } from '../db/client';
import { updatesReceivedCounter } from '../operations/metrics/metrics-registry';
import { prepareDocumentUpdateAppender, readStoredDocument, type DocumentUpdateAppender } from '../db/repos/document-storage';
import { isCollaborationContext } from './collaboration-context';
import { DurableAcknowledgementSocket } from './durable-acknowledgement-socket';
import { ShadowDocument } from './shadow-document';
import { clauseEditsWorthRecording } from './update-log/clause-edits-worth-recording';
import type { UpdateLogWriter } from './update-log/update-log-writer';

const syncStepTwo = 1;
const syncUpdate = 2;

/** Thrown from a hook to make Hocuspocus close the connection with our close code and send no acknowledgement. */
class RefusedUpdate extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Makes "saved" mean "on disk": each incoming update is checked on a shadow copy in `beforeSync`, which Hocuspocus
 * awaits before it applies the update, and queued for the update log; the connection's socket holds the
 * acknowledgement back until the update is written.
 */
export class PersistenceExtension implements Extension {
  extensionName = 'Persistence';
  private readonly shadows = new Map<string, ShadowDocument>();
  private readonly lastRecordedClauseEdits = new Map<string, number>();
  /** Updates of each draft handed to the update log and not yet answered, which a snapshot waits for. */
  private readonly pendingAppends = new Map<string, Set<Promise<void>>>();
  private readonly storesInProgress = new Set<Promise<void>>();

  private readonly appendDocumentUpdate: DocumentUpdateAppender;

  constructor(
    private readonly database: Database,
    private readonly updateLog: UpdateLogWriter,
  ) {
    this.appendDocumentUpdate = prepareDocumentUpdateAppender(database);
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const shadow = this.loadShadow(documentName);
    Y.applyUpdate(document, shadow.encodeState());
  }

  /**
   * Hocuspocus queues the state applied in `onLoadDocument` for broadcast like any update, and would send it to the
   * first client a second time right after its sync; nobody is connected yet, so flushing now sends it nowhere.
   */
  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    document.flush();
  }

  async beforeSync({ documentName, document, connection, context, type, payload }: beforeSyncPayload): Promise<void> {
    if ((type !== syncStepTwo && type !== syncUpdate) || connection.readOnly) return;
    const socket = connection.webSocket;
    // Hocuspocus acknowledges as soon as it has applied the update; only this socket can hold that back until the write.
    if (!(socket instanceof DurableAcknowledgementSocket)) throw new Error('updates are only taken over a socket that holds acknowledgements until they are on disk');
    const shadow = this.shadows.get(documentName) ?? this.loadShadow(documentName);
    let applied: ReturnType<ShadowDocument['tryApply']>;
    try {
      Y.decodeUpdate(payload);
      applied = shadow.tryApply(payload);
    } catch {
      this.loadShadow(documentName);
      socket.close(closeCodes.malformedUpdate.code, closeCodes.malformedUpdate.reason);
      throw new RefusedUpdate(closeCodes.malformedUpdate.code, closeCodes.malformedUpdate.reason);
    }
    if (!applied.addsContent && !shadow.logIsMissingChanges) return;
    const userId = isCollaborationContext(context) ? context.user.id : null;
    const now = new Date();
    const clauseEdits = userId ? clauseEditsWorthRecording({ documentName, clauseIds: applied.clauseIds, userId, now, lastRecorded: this.lastRecordedClauseEdits }) : [];
    // After a failed write the live document may hold an update whose author, on reconnecting, finds nothing left
    // to send; the whole state goes to the log then. Otherwise a copy of the payload, which is a view into the
    // whole incoming frame and would be copied to the thread with it.
    const update = shadow.logIsMissingChanges ? shadow.encodeState() : payload.slice();
    shadow.logIsMissingChanges = false;
    const entry = { kind: 'update' as const, documentName, update, userId, createdAt: now.getTime(), clauseEdits };
    updatesReceivedCounter.inc();
    const written = this.updateLog.append(entry).then((id) => {
      shadow.lastLoggedUpdateId = Math.max(shadow.lastLoggedUpdateId ?? 0, id);
    });
    this.trackPendingAppend(documentName, written);
    // Hocuspocus applies and broadcasts the update now; its acknowledgement waits for the write.
    socket.holdAcknowledgementsUntil(written);
    written.catch(() => this.closeAfterStorageFailure(shadow, document));
  }

  /**
   * An update that could not be written may already be in the live document and with other people. The shadow keeps
   * it and marks the log as missing changes, so the next write (a reconnecting provider's sync, or the snapshot
   * when the draft is stored) carries the whole state; every connection is closed so that no acknowledgement is
   * given in between and the providers sync again.
   */
  private closeAfterStorageFailure(shadow: ShadowDocument, document: Document): void {
    shadow.logIsMissingChanges = true;
    for (const openConnection of document.getConnections()) {
      openConnection.webSocket.close(closeCodes.storageFailure.code, closeCodes.storageFailure.reason);
    }
  }

  /**
   * Changes made on the server (seeding, restores) do not pass through `beforeSync`; log them here, on this
   * connection and synchronously, so the command that made the change answers only once it is on disk.
   */
  async onChange({ documentName, update, transactionOrigin }: onChangePayload): Promise<void> {
    if (isTransactionOrigin(transactionOrigin) && transactionOrigin.source === 'connection') return;
    const shadow = this.shadows.get(documentName) ?? this.loadShadow(documentName);
    if (shadow.tryApply(update).addsContent) {
      shadow.lastLoggedUpdateId = this.appendDocumentUpdate(documentName, update, null);
    }
  }

  /**
   * Compacts the log into a snapshot, written by the update-log thread after every update queued before it: an fsync
   * here on the event loop held up every draft's edits, every few seconds for each draft being edited.
   */
  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    const store = this.storeSnapshot(documentName);
    this.storesInProgress.add(store);
    try {
      await store;
    } finally {
      this.storesInProgress.delete(store);
    }
  }

  /** Resolves once every snapshot being written has been answered, so that the update log can be closed after them. */
  async storesFinished(): Promise<void> {
    while (this.storesInProgress.size > 0) await Promise.allSettled([...this.storesInProgress]);
  }

  private trackPendingAppend(documentName: string, written: Promise<void>): void {
    const pending = this.pendingAppends.get(documentName) ?? new Set<Promise<void>>();
    this.pendingAppends.set(documentName, pending);
    pending.add(written);
    const forget = () => {
      pending.delete(written);
      if (pending.size === 0 && this.pendingAppends.get(documentName) === pending) this.pendingAppends.delete(documentName);
    };
    written.then(forget, forget);
  }

  /**
   * Waits for the updates already handed to the update log, so the snapshot's "contains updates through" covers them
   * and their rows go with the compaction: a draft stored at shutdown then needs no log replay when it is next loaded.
   */
  private async storeSnapshot(documentName: string): Promise<void> {
    await Promise.allSettled([...(this.pendingAppends.get(documentName) ?? [])]);
    const shadow = this.shadows.get(documentName);
    if (!shadow || (shadow.lastLoggedUpdateId === null && !shadow.logIsMissingChanges)) return;
    const containsUpdatesThroughId = shadow.lastLoggedUpdateId;
    const carriesMissingChanges = shadow.logIsMissingChanges;
    shadow.logIsMissingChanges = false;
    try {
      await this.updateLog.writeSnapshot({ kind: 'snapshot', documentName, state: shadow.encodeState(), containsUpdatesThroughId, updatedAt: Date.now() });
    } catch (error) {
      if (carriesMissingChanges) shadow.logIsMissingChanges = true;
      throw error;
    }
    // Updates written meanwhile are in the log after the snapshot, and the next snapshot compacts them.
    if (shadow.lastLoggedUpdateId === containsUpdatesThroughId) shadow.lastLoggedUpdateId = null;
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.shadows.get(documentName)?.destroy();
    this.shadows.delete(documentName);
  }

  /** (Re)builds the shadow from what is on disk, which is by construction everything ever acknowledged. */
  private loadShadow(documentName: string): ShadowDocument {
    this.shadows.get(documentName)?.destroy();
    const stored = readStoredDocument(this.database, documentName);
    const shadow = new ShadowDocument(stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates);
    shadow.lastLoggedUpdateId = stored.lastUpdateId;
    this.shadows.set(documentName, shadow);
    return shadow;
  }
}
