// Entry of the update-log writer thread: commits batches of updates on its own SQLite connection, so the fsync
// that makes them durable never blocks the event loop that serves the editors.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import type { StatementText } from '../../db/repos/update-log-statements';
import type { BatchResult, LogWrite, SnapshotEntry, UpdateLogEntry, UpdateLogWorkerData } from './update-log-messages';

const { databasePath, synchronous, statements } = workerData as UpdateLogWorkerData;
const sqlite = new BetterSqlite3(databasePath, { fileMustExist: true });
sqlite.pragma('journal_mode = WAL');
sqlite.pragma(`synchronous = ${synchronous}`);
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');

interface NamedStatement {
  get(values: Record<string, unknown>): unknown;
  run(values: Record<string, unknown>): void;
}

function prepare(statement: StatementText): NamedStatement {
  const prepared = sqlite.prepare(statement.sql);
  const parametersOf = (values: Record<string, unknown>): unknown[] => statement.parameterNames.map((name) => values[name]);
  return {
    get: (values) => prepared.get(...parametersOf(values)),
    run: (values) => {
      prepared.run(...parametersOf(values));
    },
  };
}

const appendUpdate = prepare(statements.appendUpdate);
const recordClauseEdit = prepare(statements.recordClauseEdit);
const writeSnapshot = prepare(statements.writeSnapshot);
const compactLog = prepare(statements.compactLog);

function bytes(view: Uint8Array): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function appendEntry(entry: UpdateLogEntry): number {
  const row = appendUpdate.get({ ...entry, update: bytes(entry.update) });
  if (row === null || typeof row !== 'object' || !('id' in row) || typeof row.id !== 'number') throw new Error('the update log returned no id');
  for (const edit of entry.clauseEdits) {
    if (entry.userId !== null) recordClauseEdit.run({ documentName: entry.documentName, clauseId: edit.clauseId, userId: entry.userId, editedAt: edit.editedAt });
  }
  return row.id;
}

function storeSnapshot(snapshot: SnapshotEntry): number {
  writeSnapshot.run({ documentName: snapshot.documentName, state: bytes(snapshot.state), updatedAt: snapshot.updatedAt });
  if (snapshot.containsUpdatesThroughId !== null) compactLog.run({ documentName: snapshot.documentName, containsUpdatesThroughId: snapshot.containsUpdatesThroughId });
  return 0;
}

const writeBatch = sqlite.transaction((writes: LogWrite[]): number[] => writes.map((write) => (write.kind === 'snapshot' ? storeSnapshot(write) : appendEntry(write))));

parentPort?.on('message', (entries: LogWrite[]) => {
  let result: BatchResult;
  try {
    result = { ids: writeBatch.immediate(entries) };
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
