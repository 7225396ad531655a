import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

type RootDatabase = BetterSQLite3Database<typeof schema>;
export type Transaction = Parameters<Parameters<RootDatabase['transaction']>[0]>[0];
/** Repositories accept either the database or an open transaction, so commands can compose them atomically. */
export type Database = RootDatabase | Transaction;

export type SynchronousMode = 'FULL' | 'NORMAL';

export interface DatabaseConnection {
  database: RootDatabase;
  /** The SQLite file, for other connections to the same database (the update-log writer thread opens one). */
  path: string;
  synchronous: SynchronousMode;
  close(): void;
}

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');

/** Opens the SQLite file (creating its folder), applies pending migrations and returns the drizzle client. */
export function openDatabase(path: string, synchronous: SynchronousMode = 'FULL'): DatabaseConnection {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${synchronous}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const database = drizzle(sqlite, { schema });
  migrate(database, { migrationsFolder });
  return { database, path, synchronous, close: () => sqlite.close() };
}
