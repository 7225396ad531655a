import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { standardMembers, standards } from '../schema';

export type StandardRecord = typeof standards.$inferSelect;

export function insertStandard(database: Database, standard: StandardRecord): void {
  database.insert(standards).values(standard).run();
}

export function findStandardById(database: Database, id: string): StandardRecord | undefined {
  return database.select().from(standards).where(eq(standards.id, id)).get();
}

export function listStandardsOfMember(
  database: Database,
  userId: string,
): Array<{ standard: StandardRecord; role: string }> {
  return database
    .select({ standard: standards, role: standardMembers.role })
    .from(standardMembers)
    .innerJoin(standards, eq(standards.id, standardMembers.standardId))
    .where(eq(standardMembers.userId, userId))
    .orderBy(desc(standards.createdAt), asc(standards.id))
    .all();
}
