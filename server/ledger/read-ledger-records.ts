import type { LedgerRecord } from '../../shared/api/ledger';
import type { Database } from '../db/client';
import { listLedgerRecordRowsOfStandard, listLedgerRecordRowsOfSubject, readLedgerRecordRowsThrough, type LedgerRecordRow } from '../db/repos/ledger-records';
import type { StoredLedgerRecord } from './ledger-record';

function storedRecordOfRow(row: LedgerRecordRow | Pick<LedgerRecordRow, 'canonical' | 'hash'>): StoredLedgerRecord {
  return { record: JSON.parse(row.canonical) as LedgerRecord, canonical: row.canonical, hash: row.hash };
}

/** The records of one standard in log order (optionally only those up to `throughSequence`). */
export function listLedgerRecordsOfStandard(database: Database, standardId: string, throughSequence?: number): StoredLedgerRecord[] {
  return listLedgerRecordRowsOfStandard(database, standardId, throughSequence).map(storedRecordOfRow);
}

/** The records about one comment, disposition, period or vote, in log order. */
export function listLedgerRecordsOfSubject(database: Database, subjectId: string): StoredLedgerRecord[] {
  return listLedgerRecordRowsOfSubject(database, subjectId).map(storedRecordOfRow);
}

/** Every record up to `throughSequence` (all when omitted), in log order. */
export function listLedgerRecords(database: Database, throughSequence = Number.MAX_SAFE_INTEGER): StoredLedgerRecord[] {
  return readLedgerRecordRowsThrough(database, throughSequence).map(storedRecordOfRow);
}
