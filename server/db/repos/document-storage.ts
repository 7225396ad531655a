import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { documentSnapshots, documentUpdates } from '../schema';
import { readTransaction, writeTransaction } from '../transactions';

export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Id of the newest logged update, or null when the log holds none for this document. */
  lastUpdateId: number | null;
}

export function documentExistsInStorage(database: Database, documentName: string): boolean {
  return (
    database.select({ name: documentSnapshots.documentName }).from(documentSnapshots).where(eq(documentSnapshots.documentName, documentName)).get() !==
    undefined
  );
}

export function readStoredDocument(database: Database, documentName: string): StoredDocument {
  // One read transaction: the update-log thread compacts (new snapshot, log deleted) between two separate reads.
  const { snapshot, updates } = readTransaction(database, (transaction) => ({
    snapshot: transaction.select().from(documentSnapshots).where(eq(documentSnapshots.documentName, documentName)).get(),
    updates: transaction
      .select({ id: documentUpdates.id, update: documentUpdates.update })
      .from(documentUpdates)
      .where(eq(documentUpdates.documentName, documentName))
      .orderBy(asc(documentUpdates.id))
      .all(),
  }));
  return {
    snapshot: snapshot ? new Uint8Array(snapshot.state) : null,
    updates: updates.map((row) => new Uint8Array(row.update)),
    lastUpdateId: updates.at(-1)?.id ?? null,
  };
}

/** The update-log insert with named placeholders (documentName, update, userId, createdAt), returning the new id. */
export function documentUpdateInsert(database: Database) {
  return database
    .insert(documentUpdates)
    .values({ documentName: sql.placeholder('documentName'), update: sql.placeholder('update'), userId: sql.placeholder('userId'), createdAt: sql.placeholder('createdAt') })
    .returning({ id: documentUpdates.id });
}

/** Appends one update and returns its log id; the caller acknowledges the update only after this returns. */
export type DocumentUpdateAppender = (documentName: string, update: Uint8Array, userId: string | null) => number;

/**
 * Prepares the append once per connection: building the statement again for every incoming keystroke cost more
 * server time than writing it. The statement runs on the same connection, so it joins any open transaction.
 */
export function prepareDocumentUpdateAppender(database: Database): DocumentUpdateAppender {
  const statement = documentUpdateInsert(database).prepare();
  return (documentName, update, userId) => {
    const row = statement.get({ documentName, update: Buffer.from(update.buffer, update.byteOffset, update.byteLength), userId, createdAt: new Date() });
    if (!row) throw new Error('the update log returned no id for an inserted update');
    return row.id;
  };
}

/** Replaces the snapshot and drops the log entries it already contains, atomically. */
export function writeDocumentSnapshot(database: Database, documentName: string, state: Uint8Array, containsUpdatesThroughId: number | null): void {
  writeTransaction(database, (transaction) => {
    const values = { documentName, state: Buffer.from(state), updatedAt: new Date() };
    transaction
      .insert(documentSnapshots)
      .values(values)
      .onConflictDoUpdate({ target: documentSnapshots.documentName, set: { state: values.state, updatedAt: values.updatedAt } })
      .run();
    if (containsUpdatesThroughId !== null) {
      transaction
        .delete(documentUpdates)
        .where(and(eq(documentUpdates.documentName, documentName), lte(documentUpdates.id, containsUpdatesThroughId)))
        .run();
    }
  });
}
