import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';
import type { ApiClient } from '../../helpers/api-client';
import { eventually } from '../../helpers/eventually';
import { openRawCollaborationSocket, type RawCollaborationSocket } from '../../helpers/raw-collaboration-socket';

const messageTypeSync = 0;
const syncStepOne = 0;
const syncStepTwo = 1;
const syncUpdate = 2;

function syncStepOneFrame(documentName: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, messageTypeSync);
  encoding.writeVarUint(encoder, syncStepOne);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(encoder);
}

/** The sync subtype of a received frame, or null when it is not a sync message. */
function syncSubtypeOf(frame: Uint8Array): number | null {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== messageTypeSync) return null;
  return decoding.readVarUint(decoder);
}

describe('opening a draft that is not loaded', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;

  beforeEach(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
  });

  afterEach(async () => {
    await server.stop();
  });

  it('sends the document to the first client once, in its sync step 2, and not again as an update', async () => {
    const documentName = documentNameForStandard(standardId);
    const raw: RawCollaborationSocket = openRawCollaborationSocket(server.url, documentName);
    await raw.opened;
    const ticket = ((await secretariat.post('/api/collab/ticket', { standardId })).body as { token: string }).token;
    raw.sendAuthentication(ticket);
    raw.send(syncStepOneFrame(documentName));
    await eventually(() => expect(raw.received.filter((frame) => syncSubtypeOf(frame) === syncStepTwo)).toHaveLength(1));
    // Frames arrive in order: once the answer to a second request is in, anything queued before it has arrived too.
    raw.send(syncStepOneFrame(documentName));
    await eventually(() => expect(raw.received.filter((frame) => syncSubtypeOf(frame) === syncStepTwo)).toHaveLength(2));

    expect(raw.received.filter((frame) => syncSubtypeOf(frame) === syncUpdate)).toEqual([]);
    raw.socket.close();
  });
});
