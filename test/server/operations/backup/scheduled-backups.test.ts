import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readLedgerPublicKey } from '../../../../server/ledger/signing-key';
import { checkDatabaseFile } from '../../../../server/operations/backup/check-database-file';
import { ApiClient, createStandardAs, signedUpClient } from '../../../helpers/api-client';
import { eventually } from '../../../helpers/eventually';
import { createTemporaryDirectory } from '../../../helpers/temporary-directory';
import { startTestServer } from '../../../helpers/test-server';

function standardTitles(databasePath: string): string[] {
  const sqlite = new BetterSqlite3(databasePath, { readonly: true });
  try {
    return (sqlite.prepare('SELECT title FROM standards').all() as Array<{ title: string }>).map((row) => row.title);
  } finally {
    sqlite.close();
  }
}

const scheduledBackupName = /^normdraft-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z\.db$/;

describe('scheduled backups', () => {
  const backups = createTemporaryDirectory();
  afterAll(() => backups.remove());

  it('takes one every interval, keeps the newest BACKUP_RETENTION and each passes the checks', async () => {
    const server = await startTestServer({ BACKUP_DIRECTORY: backups.path, BACKUP_INTERVAL_HOURS: String(0.3 / 3600), BACKUP_RETENTION: '2' });
    // The test server's folder, key included, goes when it stops.
    const publicKey = readLedgerPublicKey(join(server.databasePath, '..', 'ledger-signing-key.pem'));
    const seen = new Set<string>();
    try {
      const secretariat = await signedUpClient(server.url, 'secretary');
      await createStandardAs(secretariat);
      const afterTheStandard = new Set(readdirSync(backups.path));
      await eventually(() => {
        for (const name of readdirSync(backups.path)) if (scheduledBackupName.test(name) && !afterTheStandard.has(name)) seen.add(name);
        expect(seen.size).toBeGreaterThanOrEqual(5);
      }, 60_000);
    } finally {
      await server.stop();
    }
    if (!publicKey) throw new Error('the test server has no signing key');
    const remaining = readdirSync(backups.path).sort();
    expect(remaining).toHaveLength(2);
    expect(remaining.every((name) => scheduledBackupName.test(name))).toBe(true);
    expect(remaining).toEqual([...seen].sort().slice(-2));
    for (const name of remaining) {
      const check = checkDatabaseFile(join(backups.path, name), publicKey);
      expect(check.integrity).toEqual(['ok']);
      expect(check.ledger.problem).toBeUndefined();
      expect(standardTitles(join(backups.path, name))).toEqual(['智能制造 术语']);
    }
  }, 120_000);

  it('logs a failed backup and keeps serving', async () => {
    const notADirectory = join(backups.path, 'a-file');
    writeFileSync(notADirectory, 'not a directory');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const server = await startTestServer({ BACKUP_DIRECTORY: join(notADirectory, 'backups'), BACKUP_INTERVAL_HOURS: String(0.2 / 3600) });
    try {
      await eventually(() => expect(errors.mock.calls.filter((call) => String(call[0]).startsWith('Scheduled backup into')).length).toBeGreaterThanOrEqual(2), 30_000);
      expect((await new ApiClient(server.url).get('/api/health')).status).toBe(200);
    } finally {
      await server.stop();
      errors.mockRestore();
    }
  }, 60_000);
});
