import * as Y from 'yjs';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { insertedItemsLieBetweenTheirOrigins } from './inserted-item-order';
import { touchedClauseIds } from './touched-clauses';

/**
 * An update can apply without an error yet leave pending structs or deletions that no longer encode, or whose
 * encoding no longer applies (a deletion range far past any clock); the document could then never be sent to a
 * new client or reloaded after a restart, so such an update is malformed too. Only documents with pending changes
 * (which well-behaved clients rarely cause) pay for this check.
 */
function assertStateReloads(document: Y.Doc): void {
  const reloaded = new Y.Doc();
  try {
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(document));
  } finally {
    reloaded.destroy();
  }
}

/**
 * The draft's body holds block elements only. Text or plain values at its top level are valid Yjs but no editor
 * writes them, and they make every conversion to ProseMirror throw (the outline, the checker, versions, every
 * browser that opens the draft), so an update that puts them there is malformed.
 */
function assertBodyHoldsOnlyElements(body: Y.XmlFragment): void {
  if (!body.toArray().every((child) => child instanceof Y.XmlElement)) throw new Error('the draft body may only hold elements');
}

/** The test Yjs makes before it emits an 'update': something was deleted, or some client's clock moved. */
function transactionChangedContent(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true;
  }
  return false;
}

/**
 * A private copy of one live document. Every update is tried here first: a malformed update can throw
 * half-way through being applied, and it must never reach the live document or the log.
 */
interface TransactionInspection {
  changed: boolean;
  clauseIds: Set<string>;
  /** A root type (one without a parent item) changed; the body is the only root type the editor uses. */
  bodyChanged: boolean;
  itemsLieBetweenTheirOrigins: boolean;
}

/** Read off the transaction rather than from an 'update' listener, which would make Yjs encode every update again. */
function inspectTransaction(transaction: Y.Transaction): TransactionInspection {
  let bodyChanged = false;
  for (const type of transaction.changed.keys()) if (type._item === null) bodyChanged = true;
  return {
    changed: transactionChangedContent(transaction),
    clauseIds: touchedClauseIds(transaction),
    bodyChanged,
    itemsLieBetweenTheirOrigins: insertedItemsLieBetweenTheirOrigins(transaction),
  };
}

export class ShadowDocument {
  private readonly document = new Y.Doc({ gc: true });
  private readonly body = this.document.getXmlFragment(collaborationFragmentName);
  /** Highest update-log id whose update this copy contains. */
  lastLoggedUpdateId: number | null = null;
  /**
   * A write failed after its update reached this copy and the live document: the log lacks something both hold, so
   * the next write for this document is the whole state instead of the incoming update.
   */
  logIsMissingChanges = false;
  private lastInspection: TransactionInspection | null = null;

  constructor(initialState: Uint8Array[]) {
    for (const update of initialState) Y.applyUpdate(this.document, update);
    // Registered once: a listener made for each update costs more than the update on a busy document.
    this.document.on('afterTransaction', (transaction: Y.Transaction) => {
      this.lastInspection = inspectTransaction(transaction);
    });
  }

  /**
   * Applies the update and tells whether it added anything and which clauses it touched; throws if the update
   * is malformed.
   */
  tryApply(update: Uint8Array): { addsContent: boolean; clauseIds: Set<string> } {
    this.lastInspection = null;
    Y.applyUpdate(this.document, update);
    // Set by the listener while the update was applied, which TypeScript cannot see.
    const inspection = this.lastInspection as TransactionInspection | null;
    if (inspection && !inspection.itemsLieBetweenTheirOrigins) throw new Error('an inserted item lies outside its origins');
    if (inspection?.bodyChanged) assertBodyHoldsOnlyElements(this.body);
    const hasPendingChanges = this.document.store.pendingStructs !== null || this.document.store.pendingDs !== null;
    if (hasPendingChanges) assertStateReloads(this.document);
    return { addsContent: (inspection?.changed ?? false) || hasPendingChanges, clauseIds: inspection?.clauseIds ?? new Set() };
  }

  encodeState(): Uint8Array {
    return Y.encodeStateAsUpdate(this.document);
  }

  destroy(): void {
    this.document.destroy();
  }
}
