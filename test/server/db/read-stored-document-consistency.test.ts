import { Worker } from 'node:worker_threads';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readStoredDocument, writeDocumentSnapshot } from '../../../server/db/repos/document-storage';
import { openTestDatabase } from '../../helpers/test-database';

const documentName = 'standard:consistency';

/**
 * Another connection (like the update-log thread compacting a draft as it unloads) flips the same document between
 * "snapshot + two logged updates" and "one merged snapshot, empty log", each flip in one transaction.
 */
const compactorSource = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.betterSqlitePath);
const sqlite = new Database(workerData.path);
sqlite.pragma('busy_timeout = 5000');
const writeSnapshot = sqlite.prepare('INSERT INTO document_snapshots (document_name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(document_name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at');
const deleteUpdates = sqlite.prepare('DELETE FROM document_updates WHERE document_name = ?');
const insertUpdate = sqlite.prepare('INSERT INTO document_updates (document_name, "update", user_id, created_at) VALUES (?, ?, NULL, ?)');
const toSplit = sqlite.transaction(() => {
  writeSnapshot.run(workerData.documentName, Buffer.from(workerData.base), Date.now());
  deleteUpdates.run(workerData.documentName);
  for (const update of workerData.updates) insertUpdate.run(workerData.documentName, Buffer.from(update), Date.now());
});
const toMerged = sqlite.transaction(() => {
  writeSnapshot.run(workerData.documentName, Buffer.from(workerData.merged), Date.now());
  deleteUpdates.run(workerData.documentName);
});
const until = Date.now() + workerData.milliseconds;
let flips = 0;
while (Date.now() < until) { toSplit(); toMerged(); flips += 2; }
sqlite.close();
parentPort.postMessage(flips);
`;

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

it('reads a draft whole while another connection compacts its log (snapshot and log from the same moment)', async () => {
  const connection = openTestDatabase();
  cleanup = () => connection.remove();
  const document = new Y.Doc();
  const text = document.getText('t');
  text.insert(0, 'base ');
  const base = Y.encodeStateAsUpdate(document);
  const updates: Uint8Array[] = [];
  document.on('update', (update: Uint8Array) => updates.push(update));
  text.insert(text.length, 'first ');
  text.insert(text.length, 'second');
  const merged = Y.encodeStateAsUpdate(document);
  writeDocumentSnapshot(connection.database, documentName, merged, null);

  const worker = new Worker(compactorSource, {
    eval: true,
    workerData: { path: connection.path, betterSqlitePath: require.resolve('better-sqlite3'), documentName, base, updates, merged, milliseconds: 1500 },
  });
  const flips = new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  let reads = 0;
  const wrong = new Set<string>();
  const readerUntil = Date.now() + 1400;
  while (Date.now() < readerUntil) {
    const stored = readStoredDocument(connection.database, documentName);
    const copy = new Y.Doc();
    for (const update of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) Y.applyUpdate(copy, update);
    const seen = copy.getText('t').toString();
    if (seen !== 'base first second') wrong.add(seen);
    copy.destroy();
    reads += 1;
    // Let the compactor's transactions in between reads.
    if (reads % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  expect(await flips).toBeGreaterThan(10);
  expect(reads).toBeGreaterThan(10);
  expect([...wrong]).toEqual([]);
});
