import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { DatabaseConnection } from './client';
import * as schema from './schema';

export interface ReadOnlyDatabaseConnection extends DatabaseConnection {
  /** What `PRAGMA integrity_check` answers, one problem a line: `['ok']` for a sound file. */
  integrityCheck(): string[];
}

/** Opens an existing database file read-only: for checking a backup without changing a byte of it. */
export function openReadOnlyDatabase(path: string): ReadOnlyDatabaseConnection {
  if (!existsSync(path)) throw new Error(`There is no database at ${path}.`);
  const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  return {
    database: drizzle(sqlite, { schema }),
    path,
    synchronous: 'FULL',
    integrityCheck: () => (sqlite.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>).map((row) => row.integrity_check),
    close: () => sqlite.close(),
  };
}
