import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { clauseEdits, users } from '../schema';
import type { UserRecord } from './users';

export type ClauseEditRecord = typeof clauseEdits.$inferSelect;

export function listClauseEdits(database: Database, documentName: string, clauseId: string | undefined, limit = 500): Array<{ edit: ClauseEditRecord; user: UserRecord }> {
  const where = clauseId ? and(eq(clauseEdits.documentName, documentName), eq(clauseEdits.clauseId, clauseId)) : eq(clauseEdits.documentName, documentName);
  return database
    .select({ edit: clauseEdits, user: users })
    .from(clauseEdits)
    .innerJoin(users, eq(users.id, clauseEdits.userId))
    .where(where)
    .orderBy(desc(clauseEdits.id))
    .limit(limit)
    .all();
}
