import type { KeyObject } from 'node:crypto';
import { readLedgerPublicKey } from '../../ledger/signing-key';
import { BackupError } from './backup-error';

/** The public half of the record-log key at `ledgerKeyPath`; a backup or restore cannot be checked without it. */
export function requiredPublicKey(ledgerKeyPath: string, whatToDo: string): KeyObject {
  const publicKey = readLedgerPublicKey(ledgerKeyPath);
  if (!publicKey) throw new BackupError('no_signing_key', `There is no record-log signing key at ${ledgerKeyPath}. ${whatToDo}`);
  return publicKey;
}
