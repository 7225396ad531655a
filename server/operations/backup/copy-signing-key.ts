import { chmodSync, constants, copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BackupError } from './backup-error';

/** Copies the key file to its own file (mode 0600), never over an existing one and never into the backup. */
export function copySigningKey(ledgerKeyPath: string, keyCopyPath: string, backupPath: string): string {
  const destination = resolve(keyCopyPath);
  if (destination === resolve(backupPath)) throw new BackupError('destination_is_key_file', 'The key copy must be a file of its own, not the backup file.');
  if (existsSync(destination)) throw new BackupError('key_copy_exists', `${destination} already exists; the key copy never overwrites a file.`);
  copyFileSync(ledgerKeyPath, destination, constants.COPYFILE_EXCL);
  chmodSync(destination, 0o600);
  return destination;
}
