import { and, asc, count, desc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { ledgerRecords } from '../schema';

export type LedgerRecordRow = typeof ledgerRecords.$inferSelect;

export function findLastLedgerRecordRow(database: Database): Pick<LedgerRecordRow, 'sequence' | 'hash'> | undefined {
  return database.select({ sequence: ledgerRecords.sequence, hash: ledgerRecords.hash }).from(ledgerRecords).orderBy(desc(ledgerRecords.sequence)).limit(1).get();
}

/** The newest record of one standard, whose hash and standard sequence the standard's next record links to. */
export function findLastLedgerRecordRowOfStandard(database: Database, standardId: string): Pick<LedgerRecordRow, 'sequence' | 'canonical' | 'hash'> | undefined {
  return database
    .select({ sequence: ledgerRecords.sequence, canonical: ledgerRecords.canonical, hash: ledgerRecords.hash })
    .from(ledgerRecords)
    .where(eq(ledgerRecords.standardId, standardId))
    .orderBy(desc(ledgerRecords.sequence))
    .limit(1)
    .get();
}

/** Each standard's number of records and the hash of its last one, among records 1..throughSequence. */
export function listStandardHeadRows(database: Database, throughSequence: number): Array<{ standardId: string; count: number; lastHash: string }> {
  return database.all<{ standardId: string; count: number; lastHash: string }>(sql`
    SELECT heads.standard_id AS standardId, heads.count AS count, records.hash AS lastHash
    FROM (SELECT standard_id, COUNT(*) AS count, MAX(sequence) AS last_sequence FROM ledger_records WHERE sequence <= ${throughSequence} GROUP BY standard_id) AS heads
    JOIN ledger_records AS records ON records.sequence = heads.last_sequence`);
}

export function insertLedgerRecordRow(database: Database, row: LedgerRecordRow): void {
  database.insert(ledgerRecords).values(row).run();
}

export function countLedgerRecordRows(database: Database): number {
  return database.select({ rows: count() }).from(ledgerRecords).get()?.rows ?? 0;
}

/** Rows in storage order after `afterSequence`, at most `limit`: verification pages through the log with this. */
export function readLedgerRecordRowsAfter(database: Database, afterSequence: number, limit: number): LedgerRecordRow[] {
  return database.select().from(ledgerRecords).where(gt(ledgerRecords.sequence, afterSequence)).orderBy(asc(ledgerRecords.sequence)).limit(limit).all();
}

export function readLedgerRecordRowsThrough(database: Database, lastSequence: number): Array<Pick<LedgerRecordRow, 'sequence' | 'canonical' | 'hash'>> {
  return database
    .select({ sequence: ledgerRecords.sequence, canonical: ledgerRecords.canonical, hash: ledgerRecords.hash })
    .from(ledgerRecords)
    .where(lte(ledgerRecords.sequence, lastSequence))
    .orderBy(asc(ledgerRecords.sequence))
    .all();
}

export function listLedgerRecordRowsOfStandard(database: Database, standardId: string, lastSequence = Number.MAX_SAFE_INTEGER): LedgerRecordRow[] {
  return database
    .select()
    .from(ledgerRecords)
    .where(and(eq(ledgerRecords.standardId, standardId), lte(ledgerRecords.sequence, lastSequence)))
    .orderBy(asc(ledgerRecords.sequence))
    .all();
}

export function listLedgerRecordRowsOfSubject(database: Database, subjectId: string): LedgerRecordRow[] {
  return database.select().from(ledgerRecords).where(eq(ledgerRecords.subjectId, subjectId)).orderBy(asc(ledgerRecords.sequence)).all();
}

/** SQLite's `synchronous` level for this connection: 2 is FULL, 3 is EXTRA. */
export function readSynchronousLevel(database: Database): number {
  const row = database.get<{ synchronous: number }>(sql`PRAGMA synchronous`);
  return row.synchronous;
}
