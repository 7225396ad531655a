import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeCodes } from '../../../shared/collab/close-codes';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { openDatabase } from '../../../server/db/client';
import { readStoredDocument } from '../../../server/db/repos/document-storage';
import { createStandardAs, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../../helpers/collaboration-client';
import { paragraphTextOfChapter, readParagraphOfChapter } from '../../helpers/draft-text';
import { eventually } from '../../helpers/eventually';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('an update that cannot be written', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  const clients: CollaborationClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'secretary');
    standardId = await createStandardAs(secretariat);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  function connectRecordingCloses(): { client: CollaborationClient; closeCodes: number[] } {
    const client = connectCollaborationClient(secretariat, standardId);
    clients.push(client);
    const codes: number[] = [];
    client.socket.on('close', ({ event }: { event: CloseEvent }) => codes.push(event.code));
    return { client, closeCodes: codes };
  }

  function storedScopeText(): string {
    const connection = openDatabase(server.databasePath);
    try {
      const stored = readStoredDocument(connection.database, documentNameForStandard(standardId));
      const document = new Y.Doc();
      for (const update of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) Y.applyUpdate(document, update);
      return readParagraphOfChapter(document, '范围');
    } finally {
      connection.close();
    }
  }

  it('is never acknowledged; every connection to the draft is closed, and once writing works again the edit is saved, even when the live draft already held it', async () => {
    const author = connectRecordingCloses();
    const watcher = connectRecordingCloses();
    await Promise.all([waitForSynced(author.client), waitForSynced(watcher.client)]);

    const outside = new BetterSqlite3(server.databasePath);
    outside.exec("CREATE TRIGGER refuse_document_updates BEFORE INSERT ON document_updates BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    paragraphTextOfChapter(author.client.document, '范围').insert(0, '写入失败时的编辑');

    await eventually(() => {
      expect(author.closeCodes).toContain(closeCodes.storageFailure.code);
      expect(watcher.closeCodes).toContain(closeCodes.storageFailure.code);
    });
    expect(author.client.provider.unsyncedChanges).toBeGreaterThan(0);

    outside.exec('DROP TRIGGER refuse_document_updates');
    outside.close();
    await waitForAllSaved(author.client);
    expect(storedScopeText()).toBe('写入失败时的编辑');
    await eventually(() => expect(readParagraphOfChapter(watcher.client.document, '范围')).toBe('写入失败时的编辑'));
  });
});
