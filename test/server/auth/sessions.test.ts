import { afterAll, describe, expect, it } from 'vitest';
import { createSession, invalidateSession, validateSessionToken } from '../../../server/auth/sessions';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';

describe('sessions', () => {
  const connection = openTestDatabase();
  const database = connection.database;
  const user = insertTestUser(connection, 'alice');
  const lifetimes = { idleTimeoutMilliseconds: 60 * 60 * 1000, absoluteTimeoutMilliseconds: 24 * 60 * 60 * 1000 };
  const start = new Date('2026-11-21T00:00:00Z');
  const after = (milliseconds: number): Date => new Date(start.getTime() + milliseconds);

  afterAll(() => connection.remove());

  it('validates the token it issued and refuses a forged secret', () => {
    const { token } = createSession(database, user.id, start);
    expect(validateSessionToken(database, token, lifetimes, start)?.user.username).toBe('alice');
    const [sessionId] = token.split('.');
    expect(validateSessionToken(database, `${sessionId}.forgedsecret`, lifetimes, start)).toBeNull();
    expect(validateSessionToken(database, 'garbage', lifetimes, start)).toBeNull();
  });

  it('expires after the idle timeout, and activity keeps it alive', () => {
    const { token } = createSession(database, user.id, start);
    expect(validateSessionToken(database, token, lifetimes, after(50 * 60 * 1000))).not.toBeNull();
    expect(validateSessionToken(database, token, lifetimes, after(100 * 60 * 1000))).not.toBeNull();
    expect(validateSessionToken(database, token, lifetimes, after(170 * 60 * 1000))).toBeNull();
  });

  it('expires after the absolute timeout however active it is', () => {
    const { token } = createSession(database, user.id, start);
    for (let hour = 0; hour < 24; hour += 1) expect(validateSessionToken(database, token, lifetimes, after(hour * 55 * 60 * 1000))).not.toBeNull();
    expect(validateSessionToken(database, token, lifetimes, after(24 * 60 * 60 * 1000))).toBeNull();
  });

  it('is gone after invalidation', () => {
    const { token, sessionId } = createSession(database, user.id, start);
    invalidateSession(database, sessionId);
    expect(validateSessionToken(database, token, lifetimes, start)).toBeNull();
  });
});
