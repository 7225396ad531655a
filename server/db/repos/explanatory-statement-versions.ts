import { desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { explanatoryStatementVersions } from '../explanatory-statement-schema';

export type ExplanatoryStatementVersionRecord = typeof explanatoryStatementVersions.$inferSelect;

/** A version's statement is frozen once: a second call for the same version (the stage move after freezeVersion) keeps the first. */
export function insertExplanatoryStatementVersion(database: Database, record: ExplanatoryStatementVersionRecord): void {
  database.insert(explanatoryStatementVersions).values(record).onConflictDoNothing().run();
}

export function findExplanatoryStatementVersion(database: Database, versionId: string): ExplanatoryStatementVersionRecord | undefined {
  return database.select().from(explanatoryStatementVersions).where(eq(explanatoryStatementVersions.versionId, versionId)).get();
}

export function latestExplanatoryStatementVersion(database: Database, standardId: string): ExplanatoryStatementVersionRecord | undefined {
  return database
    .select()
    .from(explanatoryStatementVersions)
    .where(eq(explanatoryStatementVersions.standardId, standardId))
    .orderBy(desc(explanatoryStatementVersions.createdAt))
    .get();
}
