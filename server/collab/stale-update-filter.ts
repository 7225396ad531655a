import { IncomingMessage, MessageType } from '@hocuspocus/server';
import * as Y from 'yjs';

const syncStepOne = 0;
const syncStepTwo = 1;
const syncUpdate = 2;

/**
 * The client ids and clocks an update's structs reach, or null when it cannot be read to its end (the gate refuses
 * those). Reading the structs' metadata alone would accept an update cut off before its delete set.
 */
function reachOf(update: Uint8Array): Map<number, number> | null {
  try {
    Y.decodeUpdate(update);
    return Y.parseUpdateMeta(update).to;
  } catch {
    return null;
  }
}

/** True when every struct lies below the state vector: the provider had the update before it announced that vector. */
function isCoveredBy(reach: Map<number, number>, stateVector: Map<number, number>): boolean {
  for (const [client, clock] of reach) if (clock > (stateVector.get(client) ?? 0)) return false;
  return true;
}

/**
 * For one socket: drops the updates a provider made before it (re)started syncing a document.
 *
 * @hocuspocus/provider counts every update it sends as unsaved until the server acknowledges it, but when it
 * (re)connects it resets that count and sends sync step 1. Updates it made earlier still arrive afterwards: typed
 * while the ticket was being fetched (sent before step 1) or queued while offline (flushed after the server's first
 * answer). Their acknowledgements brought the count to zero while the provider's sync step 2, which carries the
 * same edits, was still on its way, so the person saw "saved" before the edits were on disk. Such updates are
 * dropped until that step 2 arrives; the provider never counts them again. Updates that cannot be read pass on to
 * the gate, which refuses them; pure deletions carry no clock and cannot be told apart, so they pass too.
 */
export function createStaleUpdateFilter(): (frame: Uint8Array) => boolean {
  /** Per document: the state vector the provider announced in step 1, or 'synced' once its step 2 arrived. */
  const syncing = new Map<string, Map<number, number> | 'synced'>();
  return (frame) => {
    let documentName: string;
    let subtype: number;
    let payload: Uint8Array;
    try {
      const message = new IncomingMessage(frame);
      documentName = message.readVarString();
      const type = message.readVarUint();
      if (type !== MessageType.Sync && type !== MessageType.SyncReply) return true;
      subtype = message.readVarUint();
      payload = message.readVarUint8Array();
      if (subtype === syncStepOne) syncing.set(documentName, Y.decodeStateVector(payload));
    } catch {
      // Frames that cannot be read go on to Hocuspocus and the message guard, which close the socket.
      return true;
    }
    if (subtype === syncStepTwo) syncing.set(documentName, 'synced');
    const state = syncing.get(documentName);
    if (subtype !== syncUpdate || state === 'synced') return true;
    const reach = reachOf(payload);
    if (reach === null || reach.size === 0) return true;
    // Before step 1 every update is one the provider made before it reset its count.
    return state !== undefined && !isCoveredBy(reach, state);
  };
}
