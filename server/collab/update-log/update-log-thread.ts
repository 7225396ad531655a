// Entry of the update-log writer thread: commits batches of updates on its own SQLite connection, so the fsync
// that makes them durable never blocks the event loop that serves the editors.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import type { StatementText } from '../../db/repos/update-log-statements';
import type { BatchResult, UpdateLogEntry, UpdateLogWorkerData } from './update-log-messages';

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

const writeBatch = sqlite.transaction((entries: UpdateLogEntry[]): number[] =>
  entries.map((entry) => {
    const row = appendUpdate.get({ ...entry, update: Buffer.from(entry.update.buffer, entry.update.byteOffset, entry.update.byteLength) });
    if (row === null || typeof row !== 'object' || !('id' in row) || typeof row.id !== 'number') throw new Error('the update log returned no id');
    for (const edit of entry.clauseEdits) {
      if (entry.userId !== null) recordClauseEdit.run({ documentName: entry.documentName, clauseId: edit.clauseId, userId: entry.userId, editedAt: edit.editedAt });
    }
    return row.id;
  }),
);

parentPort?.on('message', (entries: UpdateLogEntry[]) => {
  let result: BatchResult;
  try {
    result = { ids: writeBatch(entries) };
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
