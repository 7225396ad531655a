/**
 * `npm run backup -- <file> [--copy-key <key file>]`: writes a consistent copy of the database at DATABASE_PATH while
 * the server runs, then checks it (integrity_check, the record log against the key at LEDGER_KEY_PATH).
 * Exit code 0 when written and checked, 1 when a check failed, 2 when it could not run.
 */
import { parseArgs } from 'node:util';
import { readEnvironment } from '../server/env';
import { describeDatabaseFileCheck } from '../server/operations/backup/check-database-file';
import { copySigningKey } from '../server/operations/backup/copy-signing-key';
import { requiredPublicKey } from '../server/operations/backup/required-public-key';
import { takeBackup } from '../server/operations/backup/take-backup';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'copy-key': { type: 'string' } } });
  const destination = positionals[0];
  if (!destination || positionals.length > 1) {
    console.error('Usage: npm run backup -- <backup file> [--copy-key <key file>]');
    return 2;
  }
  const environment = readEnvironment();
  const publicKey = requiredPublicKey(environment.ledgerKeyPath, 'The record log cannot be checked without it: set LEDGER_KEY_PATH to where the server keeps it.');
  const report = await takeBackup({ databasePath: environment.databasePath, destinationPath: destination, ledgerKeyPath: environment.ledgerKeyPath, publicKey });
  console.log(`Database: ${environment.databasePath}`);
  console.log(`Wrote ${report.destinationPath} (${report.bytes} bytes) with SQLite's online backup API.`);
  console.log(`Checked it, opened read-only:`);
  for (const line of describeDatabaseFileCheck(report.check)) console.log(`  ${line}`);
  console.log(`The record-log signing key is NOT in the backup. It is at ${environment.ledgerKeyPath}: back it up separately, and keep it apart from the database backups.`);
  if (values['copy-key']) console.log(`Copied the key to ${copySigningKey(environment.ledgerKeyPath, values['copy-key'], report.destinationPath)} (mode 0600).`);
  if (!report.check.ok) {
    console.log(`The backup FAILED its checks; do not rely on ${report.destinationPath}.`);
    return 1;
  }
  console.log('Backup complete and checked.');
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`backup could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
