import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openExistingDatabase } from '../../server/db/open-existing-database';
import { verifyLedger } from '../../server/ledger/verify-ledger';

let copyNumber = 0;

/**
 * Verifies a consistent copy (VACUUM INTO) of a live database, changed first by `change` with the named append-only
 * triggers dropped: what someone with write access to the file could do.
 */
export function verifyCopyChangedBy(databasePath: string, copiesDirectory: string, triggersToDrop: readonly string[], change: (sqlite: BetterSqlite3.Database) => void) {
  copyNumber += 1;
  const path = join(copiesDirectory, `copy-${copyNumber}.db`);
  const live = new BetterSqlite3(databasePath, { readonly: true });
  try {
    live.exec(`VACUUM INTO '${path}'`);
  } finally {
    live.close();
  }
  const sqlite = new BetterSqlite3(path);
  try {
    for (const trigger of triggersToDrop) sqlite.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
    change(sqlite);
  } finally {
    sqlite.close();
  }
  const connection = openExistingDatabase(path);
  try {
    return verifyLedger(connection.database, null);
  } finally {
    connection.close();
  }
}
