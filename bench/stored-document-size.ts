import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';

export interface StoredDocumentSize {
  snapshotBytes: number;
  logBytes: number;
  logEntries: number;
  /** The whole SQLite file (every table, not only this document) and its write-ahead log beside it. */
  databaseFileBytes: number;
  writeAheadLogBytes: number;
}

function fileBytes(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** Reads, beside the running server, how much space one document takes in SQLite (snapshot plus update log). */
export function readStoredDocumentSize(databasePath: string, documentName: string): StoredDocumentSize {
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const snapshot = database.prepare('SELECT length(state) AS bytes FROM document_snapshots WHERE document_name = ?').get(documentName) as { bytes: number } | undefined;
    const log = database.prepare('SELECT count(*) AS entries, coalesce(sum(length("update")), 0) AS bytes FROM document_updates WHERE document_name = ?').get(documentName) as {
      entries: number;
      bytes: number;
    };
    return {
      snapshotBytes: snapshot?.bytes ?? 0,
      logBytes: log.bytes,
      logEntries: log.entries,
      databaseFileBytes: fileBytes(databasePath),
      writeAheadLogBytes: fileBytes(`${databasePath}-wal`),
    };
  } finally {
    database.close();
  }
}
