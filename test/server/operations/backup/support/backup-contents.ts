import * as Y from 'yjs';
import { openReadOnlyDatabase } from '../../../../../server/db/open-read-only-database';
import { readStoredDocument } from '../../../../../server/db/repos/document-storage';

/** The document as a server started on the backup would rebuild it, read without changing the file. */
export function documentInBackup(backupPath: string, documentName: string): Y.Doc {
  const connection = openReadOnlyDatabase(backupPath);
  try {
    const stored = readStoredDocument(connection.database, documentName);
    const document = new Y.Doc();
    for (const update of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) Y.applyUpdate(document, update);
    return document;
  } finally {
    connection.close();
  }
}

/** True when `document` holds every edit that the state vector `acknowledged` names. */
export function holdsEveryEditOf(document: Y.Doc, acknowledged: Uint8Array): boolean {
  const held = Y.decodeStateVector(Y.encodeStateVector(document));
  for (const [clientId, clock] of Y.decodeStateVector(acknowledged)) if ((held.get(clientId) ?? 0) < clock) return false;
  return true;
}
