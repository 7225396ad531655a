import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { sessions, users } from '../schema';
import type { UserRecord } from './users';

export type SessionRecord = typeof sessions.$inferSelect;

export function insertSession(database: Database, session: SessionRecord): void {
  database.insert(sessions).values(session).run();
}

export function findSessionWithUser(
  database: Database,
  sessionId: string,
): { session: SessionRecord; user: UserRecord } | undefined {
  const row = database
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId))
    .get();
  return row ?? undefined;
}

export function touchSession(database: Database, sessionId: string, lastActiveAt: Date): void {
  database.update(sessions).set({ lastActiveAt }).where(eq(sessions.id, sessionId)).run();
}

export function deleteSession(database: Database, sessionId: string): void {
  database.delete(sessions).where(eq(sessions.id, sessionId)).run();
}
