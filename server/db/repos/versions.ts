import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { standardVersions, users } from '../schema';
import type { UserRecord } from './users';

export interface VersionMetadata {
  title: string;
  titleEn: string | null;
  bodyCode: string | null;
  sequenceNumber: string | null;
}

export type VersionRecord = Omit<typeof standardVersions.$inferSelect, 'metadata'> & { metadata: VersionMetadata };

export function insertVersion(database: Database, version: VersionRecord): void {
  database.insert(standardVersions).values(version).run();
}

export function findVersion(database: Database, standardId: string, versionId: string): { version: VersionRecord; creator: UserRecord } | undefined {
  const row = database
    .select({ version: standardVersions, creator: users })
    .from(standardVersions)
    .innerJoin(users, eq(users.id, standardVersions.createdBy))
    .where(and(eq(standardVersions.standardId, standardId), eq(standardVersions.id, versionId)))
    .get();
  return row ? { version: row.version as VersionRecord, creator: row.creator } : undefined;
}

export function listVersionsOfStandard(database: Database, standardId: string): Array<{ version: VersionRecord; creator: UserRecord }> {
  return database
    .select({ version: standardVersions, creator: users })
    .from(standardVersions)
    .innerJoin(users, eq(users.id, standardVersions.createdBy))
    .where(eq(standardVersions.standardId, standardId))
    // Versions frozen in the same millisecond (a safety copy and the version after it) list in the order they were made.
    .orderBy(desc(standardVersions.createdAt), desc(sql`${standardVersions}.rowid`))
    .all()
    .map((row) => ({ version: row.version as VersionRecord, creator: row.creator }));
}
