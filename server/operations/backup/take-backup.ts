import type { KeyObject } from 'node:crypto';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BackupError } from './backup-error';
import { checkDatabaseFile, type DatabaseFileCheck } from './check-database-file';
import { writeDatabaseCopy } from './write-backup';

export interface BackupRequest {
  databasePath: string;
  destinationPath: string;
  /** Where the record-log signing key lives; it is never copied into the backup. */
  ledgerKeyPath: string;
  /** The public half of that key, to verify the backup's record log. */
  publicKey: KeyObject;
}

export interface BackupReport {
  destinationPath: string;
  bytes: number;
  check: DatabaseFileCheck;
}

/** Writes a consistent copy of the running database and checks it; `check.ok` says whether it can be trusted. */
export async function takeBackup(request: BackupRequest): Promise<BackupReport> {
  const destinationPath = resolve(request.destinationPath);
  if (!existsSync(request.databasePath)) throw new BackupError('no_database', `There is no database at ${request.databasePath}.`);
  if (destinationPath === resolve(request.ledgerKeyPath)) throw new BackupError('destination_is_key_file', `${destinationPath} is the record-log signing key; choose another backup file.`);
  if (destinationPath === resolve(request.databasePath)) throw new BackupError('destination_exists', `${destinationPath} is the database itself; choose another backup file.`);
  if (existsSync(destinationPath)) throw new BackupError('destination_exists', `${destinationPath} already exists; backups never overwrite a file.`);
  await writeDatabaseCopy(request.databasePath, destinationPath);
  // It holds password hashes and session tokens: only the owner reads it.
  chmodSync(destinationPath, 0o600);
  return { destinationPath, bytes: statSync(destinationPath).size, check: checkDatabaseFile(destinationPath, request.publicKey) };
}
