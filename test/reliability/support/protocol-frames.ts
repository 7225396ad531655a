import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

/** Hocuspocus message types (the first varUint after the document name). */
export const messageTypes = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, syncReply: 4, stateless: 5, broadcastStateless: 6, close: 7, syncStatus: 8 } as const;
export const syncSubtypes = { stepOne: 0, stepTwo: 1, update: 2 } as const;
export const authSubtypes = { token: 0, permissionDenied: 1, authenticated: 2 } as const;

/** Frames a client may send; anything else is offending. */
const clientMessageTypes: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 5, 7]);

export function frame(documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function authenticationFrame(documentName: string, token: string): Uint8Array {
  return frame(documentName, (encoder) => {
    encoding.writeVarUint(encoder, messageTypes.auth);
    encoding.writeVarUint(encoder, authSubtypes.token);
    encoding.writeVarString(encoder, token);
  });
}

export function syncFrame(documentName: string, subtype: number, payload: Uint8Array): Uint8Array {
  return frame(documentName, (encoder) => {
    encoding.writeVarUint(encoder, messageTypes.sync);
    encoding.writeVarUint(encoder, subtype);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

export function stepOneFrame(documentName: string, stateVector: Uint8Array = Y.encodeStateVector(new Y.Doc())): Uint8Array {
  return syncFrame(documentName, syncSubtypes.stepOne, stateVector);
}

export function awarenessFrame(documentName: string, update: Uint8Array): Uint8Array {
  return frame(documentName, (encoder) => {
    encoding.writeVarUint(encoder, messageTypes.awareness);
    encoding.writeVarUint8Array(encoder, update);
  });
}

export interface ReadFrame {
  documentName: string;
  type: number;
  decoder: decoding.Decoder;
}

export function readFrame(bytes: Uint8Array): ReadFrame | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const documentName = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    return { documentName, type, decoder };
  } catch {
    return null;
  }
}

/** Tries an update on a copy of the document, as the server's gate does: false when applying it, or reloading the result, throws. */
export function updateAppliesTo(state: Uint8Array, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, state);
    Y.decodeUpdate(update);
    Y.applyUpdate(copy, update);
    Y.applyUpdate(new Y.Doc(), Y.encodeStateAsUpdate(copy));
    return true;
  } catch {
    return false;
  } finally {
    copy.destroy();
  }
}

function awarenessUpdateIsWellFormed(update: Uint8Array): boolean {
  const scratchDocument = new Y.Doc();
  const scratch = new Awareness(scratchDocument);
  try {
    applyAwarenessUpdate(scratch, update, null);
    return true;
  } catch {
    return false;
  } finally {
    scratch.destroy();
    scratchDocument.destroy();
  }
}

/**
 * The protocol's own verdict on a frame sent on an authenticated writer connection to `documentName`, whose
 * document state is `state`: true when a well-behaved server must refuse it (and close the socket).
 */
export function isOffendingFrame(bytes: Uint8Array, documentName: string, state: Uint8Array): boolean {
  const read = readFrame(bytes);
  if (read === null || read.documentName !== documentName) return read === null;
  const { type, decoder } = read;
  if (!clientMessageTypes.has(type)) return true;
  try {
    if (type === messageTypes.sync || type === messageTypes.syncReply) {
      const subtype = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (subtype === syncSubtypes.stepOne) {
        Y.decodeStateVector(payload);
        return false;
      }
      if (subtype === syncSubtypes.stepTwo || subtype === syncSubtypes.update) return !updateAppliesTo(state, payload);
      return true;
    }
    if (type === messageTypes.awareness) return !awarenessUpdateIsWellFormed(decoding.readVarUint8Array(decoder));
    if (type === messageTypes.stateless) decoding.readVarString(decoder);
    if (type === messageTypes.auth) {
      if (decoding.readVarUint(decoder) !== authSubtypes.token) return true;
      decoding.readVarString(decoder);
    }
    return false;
  } catch {
    return true;
  }
}
