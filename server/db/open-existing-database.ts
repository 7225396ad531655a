import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { DatabaseConnection } from './client';
import * as schema from './schema';

/** Opens a database file that must already exist, without creating or migrating anything: for tools that only read it. */
export function openExistingDatabase(path: string): DatabaseConnection {
  if (!existsSync(path)) throw new Error(`There is no database at ${path}.`);
  const sqlite = new BetterSqlite3(path, { fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  return { database: drizzle(sqlite, { schema }), path, synchronous: 'FULL', close: () => sqlite.close() };
}
