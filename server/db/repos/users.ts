import { count, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { users } from '../schema';

export type UserRecord = typeof users.$inferSelect;

export function findUserById(database: Database, id: string): UserRecord | undefined {
  return database.select().from(users).where(eq(users.id, id)).get();
}

export function findUserByUsername(database: Database, username: string): UserRecord | undefined {
  return database.select().from(users).where(eq(users.username, username.toLowerCase())).get();
}

export function countUsers(database: Database): number {
  return database.select({ value: count() }).from(users).get()?.value ?? 0;
}

export function insertUser(database: Database, user: UserRecord): void {
  database.insert(users).values({ ...user, username: user.username.toLowerCase() }).run();
}
