import { SQLiteTransaction } from 'drizzle-orm/sqlite-core';
import type { Database } from '../db/client';
import { findLastLedgerRecordRow, findLastLedgerRecordRowOfStandard, insertLedgerRecordRow, readSynchronousLevel } from '../db/repos/ledger-records';
import { recordLogAppendsCounter } from '../operations/metrics/metrics-registry';
import { composeLedgerRecord, firstStandardLink, genesisHash, type LedgerEvent, type StandardLink, type StoredLedgerRecord } from './ledger-record';

const synchronousFull = 2;

function nextStandardLink(database: Database, standardId: string): StandardLink {
  const last = findLastLedgerRecordRowOfStandard(database, standardId);
  if (!last) return firstStandardLink;
  const { standardSequence } = JSON.parse(last.canonical) as { standardSequence?: unknown };
  if (typeof standardSequence !== 'number') throw new Error(`Record ${last.sequence} carries no standard sequence: run \`npm run ledger:verify\`.`);
  return { standardSequence: standardSequence + 1, previousStandardHash: last.hash };
}

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
  const stored = composeLedgerRecord(event, (last?.sequence ?? 0) + 1, last?.hash ?? genesisHash, now, nextStandardLink(database, event.standardId));
  insertLedgerRecordRow(database, {
    sequence: stored.record.sequence,
    kind: stored.record.kind,
    standardId: stored.record.standardId,
    subjectId: stored.record.subjectId,
    actorUserId: stored.record.actor?.userId ?? null,
    canonical: stored.canonical,
    hash: stored.hash,
  });
  recordLogAppendsCounter.inc();
  return stored;
}
