import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startNormdraftServer } from '../../../../server/normdraft-server';
import { readLedgerPublicKey } from '../../../../server/ledger/signing-key';
import { takeBackup } from '../../../../server/operations/backup/take-backup';
import { createStandardAs, signedUpClient } from '../../../helpers/api-client';
import { createTemporaryDirectory } from '../../../helpers/temporary-directory';
import { testEnvironment } from '../../../helpers/test-environment';
import { runScript } from './support/run-script';

function standardCount(databasePath: string): number {
  const sqlite = new BetterSqlite3(databasePath, { readonly: true });
  try {
    return (sqlite.prepare('SELECT count(*) AS count FROM standards').get() as { count: number }).count;
  } finally {
    sqlite.close();
  }
}

describe('restore refuses to replace a database in use', () => {
  const directory = createTemporaryDirectory();
  afterAll(() => directory.remove());

  it('refuses a database a server holds, even with --force, and a live one without --force', async () => {
    const environment = testEnvironment(directory.path);
    const server = await startNormdraftServer(environment);
    const backupPath = join(directory.path, 'backups', 'one-standard.db');
    try {
      const secretariat = await signedUpClient(server.url, 'secretary');
      await createStandardAs(secretariat, '备份前的标准');
      expect((await secretariat.get('/api/ledger/checkpoint')).status).toBe(200);
      const publicKey = readLedgerPublicKey(environment.ledgerKeyPath);
      if (!publicKey) throw new Error('the server created no signing key');
      const backup = await takeBackup({ databasePath: environment.databasePath, destinationPath: backupPath, ledgerKeyPath: environment.ledgerKeyPath, publicKey });
      expect(backup.check.ok).toBe(true);
      expect(backup.check.ledger.latestCheckpoint).not.toBeNull();
      await createStandardAs(secretariat, '备份后的标准');

      const held = await runScript('restore.ts', [backupPath, '--force'], { DATABASE_PATH: environment.databasePath });
      expect(held.code).toBe(1);
      expect(held.stderr).toContain('database_held');
    } finally {
      await server.close();
    }
    expect(standardCount(environment.databasePath)).toBe(2);

    const live = await runScript('restore.ts', [backupPath], { DATABASE_PATH: environment.databasePath });
    expect(live.code).toBe(1);
    expect(live.stderr).toContain('target_is_live');
    expect(standardCount(environment.databasePath)).toBe(2);

    const forced = await runScript('restore.ts', [backupPath, '--force'], { DATABASE_PATH: environment.databasePath });
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Replaced the database');
    expect(standardCount(environment.databasePath)).toBe(1);
  }, 120_000);

  it('refuses to back up onto the database itself or without the key', async () => {
    const databasePath = join(directory.path, 'normdraft.db');
    const existing = await runScript('backup.ts', [databasePath], { DATABASE_PATH: databasePath });
    expect(existing.code).toBe(2);
    expect(existing.stderr).toContain('is the database itself');
    const noKey = await runScript('backup.ts', [join(directory.path, 'no-key.db')], { DATABASE_PATH: databasePath, LEDGER_KEY_PATH: join(directory.path, 'missing.pem') });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('There is no record-log signing key');
  }, 60_000);

  it('fails the checks, with exit code 1, against a key that did not sign the record log', async () => {
    const databasePath = join(directory.path, 'normdraft.db');
    const otherKeyPath = join(directory.path, 'other-key.pem');
    writeFileSync(otherKeyPath, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const backupPath = join(directory.path, 'backups', 'other-key.db');
    const backup = await runScript('backup.ts', [backupPath], { DATABASE_PATH: databasePath, LEDGER_KEY_PATH: otherKeyPath });
    expect(backup.code).toBe(1);
    expect(backup.stdout).toContain('record log: NOT INTACT');
    expect(backup.stdout).toContain('FAILED its checks');

    const restore = await runScript('restore.ts', [backupPath, '--force'], { DATABASE_PATH: join(directory.path, 'elsewhere', 'normdraft.db'), LEDGER_KEY_PATH: otherKeyPath });
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('backup_failed_checks');
  }, 60_000);
});
