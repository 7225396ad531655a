import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createStaleUpdateFilter } from '../../../server/collab/stale-update-filter';
import { authenticationFrame, stepOneFrame, syncFrame, syncSubtypes } from '../../reliability/support/protocol-frames';

const documentName = 'standard:filter-test';

describe('stale update filter', () => {
  it('drops updates the provider made before it sent sync step 1 with its state vector, until its sync step 2 arrives', () => {
    const document = new Y.Doc();
    const updates: Uint8Array[] = [];
    document.on('update', (update: Uint8Array) => updates.push(update));
    const text = document.getText('t');
    text.insert(0, 'typed offline');
    const beforeReconnect = updates.at(-1) ?? new Uint8Array();
    const announced = Y.encodeStateVector(document);
    text.insert(text.length, ' typed after reconnecting');
    const afterReconnect = updates.at(-1) ?? new Uint8Array();
    text.delete(0, 5);
    const deletion = updates.at(-1) ?? new Uint8Array();

    const isCurrent = createStaleUpdateFilter();
    expect(isCurrent(authenticationFrame(documentName, 'ticket'))).toBe(true);
    expect(isCurrent(syncFrame(documentName, syncSubtypes.update, beforeReconnect)), 'sent before sync step 1').toBe(false);
    expect(isCurrent(syncFrame(documentName, syncSubtypes.update, Uint8Array.of(1, 2, 3))), 'unreadable, for the gate to refuse').toBe(true);
    expect(isCurrent(stepOneFrame(documentName, announced))).toBe(true);
    const cutBeforeDeleteSet = beforeReconnect.slice(0, beforeReconnect.length - 1);
    expect(isCurrent(syncFrame(documentName, syncSubtypes.update, cutBeforeDeleteSet)), 'structs below the announcement, cut off before the delete set: for the gate to refuse').toBe(true);
    expect(isCurrent(syncFrame(documentName, syncSubtypes.update, beforeReconnect)), 'made before the announcement').toBe(false);
    expect(isCurrent(syncFrame('standard:another-document', syncSubtypes.update, afterReconnect)), 'another document, before its own step 1').toBe(false);
    expect(isCurrent(syncFrame(documentName, syncSubtypes.update, afterReconnect)), 'made after the announcement').toBe(true);
    expect(isCurrent(syncFrame(documentName, syncSubtypes.update, deletion)), 'a pure deletion').toBe(true);
    expect(isCurrent(syncFrame(documentName, syncSubtypes.stepTwo, Y.encodeStateAsUpdate(document)))).toBe(true);
    expect(isCurrent(syncFrame(documentName, syncSubtypes.update, beforeReconnect)), 'after sync step 2').toBe(true);
    expect(isCurrent(new Uint8Array([0xff, 0xff]))).toBe(true);
  });
});
