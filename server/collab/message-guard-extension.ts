import { IncomingMessage, MessageType, type beforeHandleMessagePayload, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { closeCodes } from '../../shared/collab/close-codes';

const syncStepOne = 0;
const syncStepTwo = 1;
const syncUpdate = 2;
const authenticationToken = 0;

/** What a provider sends; BroadcastStateless is server-internal and the rest only travel to the client. */
const clientMessageTypes: ReadonlySet<number> = new Set([
  MessageType.Sync,
  MessageType.SyncReply,
  MessageType.Awareness,
  MessageType.Auth,
  MessageType.QueryAwareness,
  MessageType.Stateless,
  MessageType.CLOSE,
]);

function readAwarenessUpdate(update: Uint8Array): void {
  const message = new IncomingMessage(update);
  const count = message.readVarUint();
  for (let index = 0; index < count; index += 1) {
    message.readVarUint();
    message.readVarUint();
    JSON.parse(message.readVarString());
  }
}

/** Reads the whole frame the way Hocuspocus will, and throws where Hocuspocus would throw half-way. */
function readWellFormedFrame(frame: Uint8Array, readOnly: boolean): void {
  const message = new IncomingMessage(frame);
  message.readVarString();
  const type = message.readVarUint();
  if (!clientMessageTypes.has(type)) throw new Error(`message type ${type} is not sent by clients`);
  if (type === MessageType.Sync || type === MessageType.SyncReply) {
    const subtype = message.readVarUint();
    const payload = message.readVarUint8Array();
    if (subtype === syncStepOne) Y.decodeStateVector(payload);
    // Writers' updates are decoded and tried by the Persistence extension; readers' are only compared.
    else if (subtype === syncStepTwo || subtype === syncUpdate) {
      if (readOnly) Y.decodeUpdate(payload);
    } else throw new Error(`sync message type ${subtype} does not exist`);
  } else if (type === MessageType.Awareness) {
    readAwarenessUpdate(message.readVarUint8Array());
  } else if (type === MessageType.Auth) {
    if (message.readVarUint() !== authenticationToken) throw new Error('clients only send authentication tokens');
    message.readVarString();
  } else if (type === MessageType.Stateless) {
    message.readVarString();
  }
}

/**
 * Hocuspocus drops a connection's document when a frame throws while it is handled, but leaves the socket open
 * and ignores unknown message types. A frame that is not well formed closes the socket here, before it is handled.
 */
export class MessageGuardExtension implements Extension {
  extensionName = 'MessageGuard';
  priority = 2000;

  async beforeHandleMessage({ update, connection }: beforeHandleMessagePayload): Promise<void> {
    try {
      readWellFormedFrame(update, connection.readOnly);
    } catch (error) {
      connection.webSocket.close(closeCodes.malformedUpdate.code, closeCodes.malformedUpdate.reason);
      throw Object.assign(new Error(`malformed frame: ${String(error)}`), closeCodes.malformedUpdate);
    }
  }
}
