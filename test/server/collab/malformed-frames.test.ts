import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeCodes } from '../../../shared/collab/close-codes';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { readStoredDocument } from '../../../server/db/repos/document-storage';
import { openDatabase } from '../../../server/db/client';
import { createStandardAs, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForSynced } from '../../helpers/collaboration-client';
import { paragraphTextOfChapter } from '../../helpers/draft-text';
import { eventually } from '../../helpers/eventually';
import { openRawCollaborationSocket } from '../../helpers/raw-collaboration-socket';
import { startTestServer, type TestServer } from '../../helpers/test-server';

async function ticketFor(client: ApiClient, standardId: string): Promise<string> {
  return ((await client.post('/api/collab/ticket', { standardId })).body as { token: string }).token;
}

describe('malformed collaboration frames', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  let documentName: string;

  beforeEach(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'secretary');
    standardId = await createStandardAs(secretariat);
    documentName = documentNameForStandard(standardId);
  });

  afterEach(async () => {
    await server.stop();
  });

  async function liveState(): Promise<string> {
    const client = connectCollaborationClient(secretariat, standardId);
    await waitForSynced(client);
    const json = JSON.stringify(client.document.getXmlFragment('default').toJSON());
    client.destroy();
    return json;
  }

  function storedLogLength(): number {
    const connection = openDatabase(server.databasePath);
    try {
      return readStoredDocument(connection.database, documentName).updates.length;
    } finally {
      connection.close();
    }
  }

  it.each([
    ['random bytes', () => new Uint8Array([0xff, 0xfe, 0x07, 0x01, 0x99, 0x42, 0x00, 0x13])],
    ['a truncated update', () => {
      const document = new Y.Doc();
      document.getText('t').insert(0, 'a long enough piece of text to cut in half');
      const update = Y.encodeStateAsUpdate(document);
      return update.slice(0, Math.floor(update.length / 2));
    }],
  ])('closes the socket on %s and changes nothing', async (_label, makePayload) => {
    const before = await liveState();
    const logLengthBefore = storedLogLength();
    const raw = openRawCollaborationSocket(server.url, documentName);
    await raw.opened;
    raw.sendAuthentication(await ticketFor(secretariat, standardId));
    await eventually(() => expect(raw.received.length).toBeGreaterThan(0));
    raw.sendUpdate(makePayload());

    const closed = await raw.closed;
    expect(closed.code).toBe(closeCodes.malformedUpdate.code);
    expect(await liveState()).toBe(before);
    expect(storedLogLength()).toBe(logLengthBefore);
  });

  it('keeps accepting well-formed updates from other connections afterwards', async () => {
    const raw = openRawCollaborationSocket(server.url, documentName);
    await raw.opened;
    raw.sendAuthentication(await ticketFor(secretariat, standardId));
    await eventually(() => expect(raw.received.length).toBeGreaterThan(0));
    raw.sendUpdate(new Uint8Array([0x01, 0x02, 0x03]));
    await raw.closed;

    const writer = connectCollaborationClient(secretariat, standardId);
    await waitForSynced(writer);
    paragraphTextOfChapter(writer.document, '范围').insert(0, 'still works');
    await eventually(() => expect(writer.provider.unsyncedChanges).toBe(0));
    writer.destroy();
    expect(await liveState()).toContain('still works');
  });

  it('refuses a browser upgrade from another origin', async () => {
    const raw = openRawCollaborationSocket(server.url, documentName, { origin: 'https://evil.example' });
    await expect(raw.opened).rejects.toThrow(/403/);
  });

  it('refuses a frame larger than the payload cap', async () => {
    const raw = openRawCollaborationSocket(server.url, documentName);
    await raw.opened;
    raw.send(new Uint8Array(3 * 1024 * 1024));
    const closed = await raw.closed;
    expect(closed.code).toBe(1009);
  });
});
