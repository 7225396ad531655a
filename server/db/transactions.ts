import type { Database, Transaction } from './client';

/**
 * A transaction that takes SQLite's write lock when it begins. A deferred transaction that reads first and writes
 * later cannot wait for the lock: when another connection (the update-log thread) writes in between, SQLite answers
 * SQLITE_BUSY at once instead of calling the busy handler. Begun immediately, it waits like any other writer.
 * Inside an open transaction this is a savepoint, and the lock is already held.
 */
export function writeTransaction<Result>(database: Database, work: (transaction: Transaction) => Result): Result {
  return database.transaction(work, { behavior: 'immediate' });
}

/** A read-only transaction: one consistent snapshot for several reads, without the write lock. */
export function readTransaction<Result>(database: Database, work: (transaction: Transaction) => Result): Result {
  return database.transaction(work);
}
