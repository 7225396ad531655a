import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { openDatabase } from '../../../server/db/client';
import { readStoredDocument } from '../../../server/db/repos/document-storage';
import { createStandardAs, loggedInClient, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { startChildServer, type ChildServer } from '../../helpers/child-server';
import { connectCollaborationClient, waitForSynced, type CollaborationClient } from '../../helpers/collaboration-client';
import { paragraphTextOfChapter, readParagraphOfChapter } from '../../helpers/draft-text';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';

interface TypingWriter {
  standardId: string;
  client: CollaborationClient;
  /** The paragraph's text the last time the server had acknowledged every change. */
  lastAcknowledgedText: () => string;
  stop: () => Promise<void>;
}

/** A real provider typing one character every few milliseconds until stopped. */
async function startTyping(api: ApiClient, standardId: string): Promise<TypingWriter> {
  const client = connectCollaborationClient(api, standardId);
  await waitForSynced(client);
  const text = paragraphTextOfChapter(client.document, '范围');
  let acknowledged = text.toString();
  client.provider.on('unsyncedChanges', () => {
    if (client.provider.unsyncedChanges === 0) acknowledged = text.toString();
  });
  let typing = true;
  const loop = (async () => {
    for (let edit = 0; typing; edit += 1) {
      text.insert(text.length, String.fromCharCode(0x4e00 + (edit % 500)));
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
  })();
  return {
    standardId,
    client,
    lastAcknowledgedText: () => acknowledged,
    stop: async () => {
      typing = false;
      await loop;
    },
  };
}

function storedDraft(databasePath: string, standardId: string): { snapshotText: string; updatesAfterSnapshot: number } {
  const connection = openDatabase(databasePath);
  try {
    const stored = readStoredDocument(connection.database, documentNameForStandard(standardId));
    const document = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(document, stored.snapshot);
    return { snapshotText: readParagraphOfChapter(document, '范围'), updatesAfterSnapshot: stored.updates.length };
  } finally {
    connection.close();
  }
}

describe('graceful shutdown on SIGTERM', () => {
  const directory = createTemporaryDirectory();
  const databasePath = join(directory.path, 'normdraft.db');
  let server: ChildServer | null = null;
  const clients: CollaborationClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.kill('SIGKILL');
  });

  it('exits 0 mid-typing with every acknowledged edit in each open draft\'s snapshot and no update-log rows after it to replay', async () => {
    server = await startChildServer(databasePath);
    const api = await signedUpClient(server.url, 'secretary');
    const standardIds = [await createStandardAs(api, '优雅停机 一'), await createStandardAs(api, '优雅停机 二')];
    const writers = await Promise.all(standardIds.map((standardId) => startTyping(api, standardId)));
    clients.push(...writers.map((writer) => writer.client));
    await new Promise((resolve) => setTimeout(resolve, 400));
    for (const writer of writers) expect(writer.lastAcknowledgedText().length).toBeGreaterThan(0);

    const exited = new Promise<number | null>((resolve) => server?.process.once('exit', (code) => resolve(code)));
    server.process.kill('SIGTERM');
    expect(await exited).toBe(0);
    await Promise.all(writers.map((writer) => writer.stop()));
    const acknowledgedAtShutdown = writers.map((writer) => writer.lastAcknowledgedText());

    // Loading a draft reads its snapshot and then replays the update-log rows written after it; none are left.
    for (const [index, standardId] of standardIds.entries()) {
      const stored = storedDraft(databasePath, standardId);
      expect(stored.updatesAfterSnapshot).toBe(0);
      expect(stored.snapshotText.startsWith(acknowledgedAtShutdown[index] ?? '')).toBe(true);
    }

    server = await startChildServer(databasePath);
    const reader = await loggedInClient(server.url, 'secretary');
    for (const [index, standardId] of standardIds.entries()) {
      const client = connectCollaborationClient(reader, standardId);
      clients.push(client);
      await waitForSynced(client);
      expect(readParagraphOfChapter(client.document, '范围').startsWith(acknowledgedAtShutdown[index] ?? '')).toBe(true);
    }
  });
});
