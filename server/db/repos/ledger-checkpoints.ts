import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { ledgerCheckpoints } from '../schema';

export type LedgerCheckpointRow = typeof ledgerCheckpoints.$inferSelect;

export function findLatestLedgerCheckpointRow(database: Database): LedgerCheckpointRow | undefined {
  return database.select().from(ledgerCheckpoints).orderBy(desc(ledgerCheckpoints.treeSize)).limit(1).get();
}

export function insertLedgerCheckpointRow(database: Database, row: LedgerCheckpointRow): void {
  database.insert(ledgerCheckpoints).values(row).run();
}

export function listLedgerCheckpointRows(database: Database): LedgerCheckpointRow[] {
  return database.select().from(ledgerCheckpoints).orderBy(asc(ledgerCheckpoints.treeSize)).all();
}

export function findLedgerCheckpointRowByHash(database: Database, checkpointHash: string): LedgerCheckpointRow | undefined {
  return database.select().from(ledgerCheckpoints).where(eq(ledgerCheckpoints.checkpointHash, checkpointHash)).get();
}
