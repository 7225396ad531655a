import BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';
import { openDatabase } from '../../../server/db/client';
import { readStoredDocument } from '../../../server/db/repos/document-storage';

/** The document as a restart would rebuild it from the SQLite file: the snapshot plus the update log. */
export function storedDocument(databasePath: string, documentName: string): Y.Doc {
  const connection = openDatabase(databasePath);
  try {
    const stored = readStoredDocument(connection.database, documentName);
    const document = new Y.Doc();
    for (const update of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) Y.applyUpdate(document, update);
    return document;
  } finally {
    connection.close();
  }
}

/** `PRAGMA integrity_check` on the file, through a plain SQLite connection. */
export function integrityCheck(databasePath: string): string {
  const sqlite = new BetterSqlite3(databasePath);
  try {
    return (sqlite.pragma('integrity_check', { simple: true }) as string) ?? '';
  } finally {
    sqlite.close();
  }
}

/** Two documents hold the same content when each one's update adds nothing to the other. */
export function sameContent(left: Y.Doc, right: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(left)).equals(Buffer.from(Y.encodeStateVector(right))) && Buffer.from(Y.encodeStateAsUpdate(left)).equals(Buffer.from(Y.encodeStateAsUpdate(right)));
}
