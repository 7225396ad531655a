import * as Y from 'yjs';

/**
 * A private copy of one live document. Every update is tried here first: a malformed update can throw
 * half-way through being applied, and it must never reach the live document or the log.
 */
export class ShadowDocument {
  private readonly document = new Y.Doc({ gc: true });
  /** Highest update-log id whose update this copy contains. */
  lastLoggedUpdateId: number | null = null;

  constructor(initialState: Uint8Array[]) {
    for (const update of initialState) Y.applyUpdate(this.document, update);
  }

  /** Applies the update and tells whether it added anything; throws if the update is malformed. */
  tryApply(update: Uint8Array): boolean {
    let changed = false;
    const markChanged = (): void => {
      changed = true;
    };
    this.document.on('update', markChanged);
    try {
      Y.applyUpdate(this.document, update);
    } finally {
      this.document.off('update', markChanged);
    }
    return changed || this.document.store.pendingStructs !== null || this.document.store.pendingDs !== null;
  }

  encodeState(): Uint8Array {
    return Y.encodeStateAsUpdate(this.document);
  }

  destroy(): void {
    this.document.destroy();
  }
}
