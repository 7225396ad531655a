import { SQLiteTransaction } from 'drizzle-orm/sqlite-core';
import type { Database } from '../db/client';
import { findLastLedgerRecordRow, insertLedgerRecordRow, readSynchronousLevel } from '../db/repos/ledger-records';
import { composeLedgerRecord, genesisHash, type LedgerEvent, type StoredLedgerRecord } from './ledger-record';

const synchronousFull = 2;

/**
 * Appends one record to the log and returns it. Call it inside the transaction that makes the change it records, so
 * that the change and its record commit together or not at all; that commit is fsynced (synchronous=FULL).
 */
export function appendLedgerRecord(database: Database, event: LedgerEvent, now: Date): StoredLedgerRecord {
  if (!(database instanceof SQLiteTransaction)) {
    throw new Error('appendLedgerRecord must run inside the transaction that makes the change it records.');
  }
  if (readSynchronousLevel(database) < synchronousFull) {
    throw new Error('The record log is written with synchronous=FULL; this connection uses less (open it with synchronous FULL).');
  }
  const last = findLastLedgerRecordRow(database);
  const stored = composeLedgerRecord(event, (last?.sequence ?? 0) + 1, last?.hash ?? genesisHash, now);
  insertLedgerRecordRow(database, {
    sequence: stored.record.sequence,
    kind: stored.record.kind,
    standardId: stored.record.standardId,
    subjectId: stored.record.subjectId,
    actorUserId: stored.record.actor?.userId ?? null,
    canonical: stored.canonical,
    hash: stored.hash,
  });
  return stored;
}
