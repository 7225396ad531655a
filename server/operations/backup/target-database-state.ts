import BetterSqlite3 from 'better-sqlite3';
import { BackupError } from './backup-error';

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED');
}

function rowCount(sqlite: BetterSqlite3.Database, table: string): number {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  if (!exists) return 0;
  return (sqlite.prepare(`SELECT count(*) AS count FROM "${table}"`).get() as { count: number }).count;
}

export interface TargetDatabaseState {
  users: number;
  standards: number;
}

/**
 * Makes sure no other process has the database open, and says what it holds. Leaving WAL mode needs every other
 * connection closed, so it fails at once (busy_timeout 0) while a server has the file open, even an idle one; it also
 * folds the WAL into the file, which a restore replaces next anyway.
 */
export function claimTargetDatabase(path: string): TargetDatabaseState {
  const sqlite = new BetterSqlite3(path, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 0');
    try {
      sqlite.pragma('journal_mode = DELETE');
      sqlite.exec('BEGIN EXCLUSIVE');
      sqlite.exec('COMMIT');
    } catch (error) {
      if (isBusy(error)) throw new BackupError('database_held', `Another process has ${path} open (a running server?): stop it before restoring.`);
      throw error;
    }
    return { users: rowCount(sqlite, 'users'), standards: rowCount(sqlite, 'standards') };
  } finally {
    sqlite.close();
  }
}

/** The rule for "live": the database holds any account or any standard. */
export function isLiveDatabase(state: TargetDatabaseState): boolean {
  return state.users > 0 || state.standards > 0;
}
