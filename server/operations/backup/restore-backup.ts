import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BackupError } from './backup-error';
import { checkDatabaseFile, describeDatabaseFileCheck, type DatabaseFileCheck } from './check-database-file';
import { requiredPublicKey } from './required-public-key';
import { claimTargetDatabase, isLiveDatabase, type TargetDatabaseState } from './target-database-state';
import { writeDatabaseCopy } from './write-backup';

export interface RestoreRequest {
  backupPath: string;
  databasePath: string;
  /** The key file next to the target: the backed-up key, put back before the restore. */
  ledgerKeyPath: string;
  /** Replace a database that holds accounts or standards. Never overrides a database a server has open. */
  force: boolean;
}

export interface RestoreReport {
  databasePath: string;
  /** What the replaced database held, or null when there was none. */
  replaced: TargetDatabaseState | null;
  backupCheck: DatabaseFileCheck;
  restoredCheck: DatabaseFileCheck;
}

function failedChecks(what: string, check: DatabaseFileCheck): BackupError {
  return new BackupError('backup_failed_checks', `${what} failed its checks: ${describeDatabaseFileCheck(check).join('; ')}`);
}

/** Puts a backup in place of the database at `databasePath`, after checking the backup, and checks the result. */
export async function restoreBackup(request: RestoreRequest): Promise<RestoreReport> {
  const backupPath = resolve(request.backupPath);
  const databasePath = resolve(request.databasePath);
  if (!existsSync(backupPath)) throw new BackupError('no_database', `There is no backup at ${backupPath}.`);
  const publicKey = requiredPublicKey(request.ledgerKeyPath, 'Copy the key file that was backed up with this database to that path (or set LEDGER_KEY_PATH to where it is) and restore again.');
  const backupCheck = checkDatabaseFile(backupPath, publicKey);
  if (!backupCheck.ok) throw failedChecks(`The backup ${backupPath}`, backupCheck);
  const replaced = existsSync(databasePath) ? claimTargetDatabase(databasePath) : null;
  if (replaced && isLiveDatabase(replaced) && !request.force) {
    throw new BackupError('target_is_live', `${databasePath} holds ${replaced.users} accounts and ${replaced.standards} standards; pass --force to replace it.`);
  }
  await writeDatabaseCopy(backupPath, databasePath);
  const restoredCheck = checkDatabaseFile(databasePath, publicKey);
  if (!restoredCheck.ok) throw failedChecks(`The restored database ${databasePath}`, restoredCheck);
  return { databasePath, replaced, backupCheck, restoredCheck };
}
