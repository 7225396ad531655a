/**
 * `npm run restore -- <backup file> [--force]`: puts a backup in place of the database at DATABASE_PATH. Refuses while
 * another process (a server) has that database open, and refuses a database holding accounts or standards unless
 * --force. Checks the backup and then the restored database (integrity_check, the record log against the key at
 * LEDGER_KEY_PATH, by default next to the database). Exit code 0 when restored and checked, 1 when refused or a check
 * failed, 2 when it could not run.
 */
import { parseArgs } from 'node:util';
import { readEnvironment } from '../server/env';
import { BackupError } from '../server/operations/backup/backup-error';
import { describeDatabaseFileCheck } from '../server/operations/backup/check-database-file';
import { restoreBackup } from '../server/operations/backup/restore-backup';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  const backupPath = positionals[0];
  if (!backupPath || positionals.length > 1) {
    console.error('Usage: npm run restore -- <backup file> [--force]');
    return 2;
  }
  const environment = readEnvironment();
  const report = await restoreBackup({ backupPath, databasePath: environment.databasePath, ledgerKeyPath: environment.ledgerKeyPath, force: values.force });
  if (report.replaced) console.log(`Replaced the database at ${report.databasePath} (it held ${report.replaced.users} accounts and ${report.replaced.standards} standards).`);
  console.log(`Restored ${backupPath} to ${report.databasePath} with SQLite's backup API.`);
  console.log(`Checked the restored database against the key at ${environment.ledgerKeyPath}:`);
  for (const line of describeDatabaseFileCheck(report.restoredCheck)) console.log(`  ${line}`);
  console.log('Restore complete and checked. Start the server on this DATABASE_PATH.');
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof BackupError) {
    console.error(`restore refused (${error.code}): ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(`restore could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
