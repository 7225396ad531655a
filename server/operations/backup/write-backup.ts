import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** The most pages SQLite's backup step accepts at once. */
const allRemainingPages = 0x7fffffff;

/**
 * Copies the database at `sourcePath` into a new file at `destinationPath` with SQLite's online backup API, while
 * other connections keep writing. The copy is written beside the destination and renamed into place only when
 * complete, and it is left in rollback-journal mode so that it is one self-contained file.
 */
export async function writeDatabaseCopy(sourcePath: string, destinationPath: string): Promise<void> {
  mkdirSync(dirname(destinationPath), { recursive: true });
  const partialPath = `${destinationPath}.partial`;
  rmSync(partialPath, { force: true });
  const source = new BetterSqlite3(sourcePath, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // All pages in one step: a write by another connection between two steps would restart the copy, and under
    // steady typing it might never finish.
    await source.backup(partialPath, { progress: () => allRemainingPages });
  } catch (error) {
    rmSync(partialPath, { force: true });
    throw error;
  } finally {
    source.close();
  }
  const copy = new BetterSqlite3(partialPath, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  for (const leftover of [`${destinationPath}-wal`, `${destinationPath}-shm`, `${destinationPath}-journal`]) if (existsSync(leftover)) rmSync(leftover);
  renameSync(partialPath, destinationPath);
}
