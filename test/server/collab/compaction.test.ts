import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { openDatabase } from '../../../server/db/client';
import { readStoredDocument } from '../../../server/db/repos/document-storage';
import { createStandardAs, signedUpClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../../helpers/collaboration-client';
import { paragraphTextOfChapter, readParagraphOfChapter } from '../../helpers/draft-text';
import { eventually } from '../../helpers/eventually';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('compacting the update log into a snapshot', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  function stored(documentName: string) {
    const connection = openDatabase(server.databasePath);
    try {
      return readStoredDocument(connection.database, documentName);
    } finally {
      connection.close();
    }
  }

  it('logs each acknowledged edit, then folds the log into the snapshot once the document is stored', async () => {
    const api = await signedUpClient(server.url, 'secretary');
    const standardId = await createStandardAs(api);
    const documentName = documentNameForStandard(standardId);
    const writer = connectCollaborationClient(api, standardId);
    await waitForSynced(writer);
    const text = paragraphTextOfChapter(writer.document, '范围');
    for (const character of '本文件规定了') text.insert(text.length, character);
    await waitForAllSaved(writer);
    expect(stored(documentName).updates.length).toBeGreaterThan(0);

    writer.destroy();
    await eventually(() => expect(stored(documentName).updates).toHaveLength(0));
    const snapshotOnly = stored(documentName);
    const document = new Y.Doc();
    Y.applyUpdate(document, snapshotOnly.snapshot ?? new Uint8Array());
    expect(readParagraphOfChapter(document, '范围')).toBe('本文件规定了');
  });
});
