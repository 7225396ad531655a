import type { Database } from '../db/client';
import { deleteSession, findSessionWithUser, insertSession, touchSession } from '../db/repos/sessions';
import type { UserRecord } from '../db/repos/users';
import { generateRandomIdentifier, hashSecret, secretMatchesHash, splitSessionToken } from './session-token';

export interface SessionLifetimes {
  idleTimeoutMilliseconds: number;
  absoluteTimeoutMilliseconds: number;
}

export interface ValidSession {
  sessionId: string;
  user: UserRecord;
}

/** Activity is written back at most this often, so reads do not turn into writes on every request. */
const activityWriteIntervalMilliseconds = 60 * 1000;

export function createSession(database: Database, userId: string, now: Date): { token: string; sessionId: string } {
  const sessionId = generateRandomIdentifier();
  const secret = generateRandomIdentifier(20);
  insertSession(database, { id: sessionId, secretHash: hashSecret(secret), userId, createdAt: now, lastActiveAt: now });
  return { token: `${sessionId}.${secret}`, sessionId };
}

export function validateSessionToken(
  database: Database,
  token: string,
  lifetimes: SessionLifetimes,
  now: Date,
): ValidSession | null {
  const parts = splitSessionToken(token);
  if (!parts) return null;
  const found = findSessionWithUser(database, parts.sessionId);
  if (!found || !secretMatchesHash(parts.secret, found.session.secretHash)) return null;
  const { session, user } = found;
  const idleExpired = now.getTime() - session.lastActiveAt.getTime() >= lifetimes.idleTimeoutMilliseconds;
  const absoluteExpired = now.getTime() - session.createdAt.getTime() >= lifetimes.absoluteTimeoutMilliseconds;
  if (idleExpired || absoluteExpired) {
    deleteSession(database, session.id);
    return null;
  }
  if (now.getTime() - session.lastActiveAt.getTime() >= activityWriteIntervalMilliseconds) {
    touchSession(database, session.id, now);
  }
  return { sessionId: session.id, user };
}

export function invalidateSession(database: Database, sessionId: string): void {
  deleteSession(database, sessionId);
}
