import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthResponseSchema } from '../../../shared/api/health';
import { createCollaborationServer } from '../../../server/collab/collaboration-server';
import { openDatabase } from '../../../server/db/client';
import { startCheckpointSigner } from '../../../server/ledger/checkpoint-signer';
import { loadOrCreateLedgerSigningKey } from '../../../server/ledger/signing-key';
import { readServerHealth } from '../../../server/operations/health/server-health';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('GET /api/health', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.stop();
  });

  it('answers 200 with ok and every check ok when the database, the update-log thread and the record-log signer work', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    const health = healthResponseSchema.parse(await response.json());
    expect(health).toEqual({ ok: true, checks: { database: { ok: true }, updateLog: { ok: true }, recordLog: { ok: true } } });
  });

  it('names the failing check once the update-log thread, the record-log signer and then the database are gone', async () => {
    const directory = createTemporaryDirectory();
    const connection = openDatabase(join(directory.path, 'normdraft.db'));
    const collaboration = createCollaborationServer(connection);
    const signer = startCheckpointSigner(connection.database, loadOrCreateLedgerSigningKey(join(directory.path, 'key.pem')), 60_000, () => undefined);
    const sources = { database: connection.database, updateLog: collaboration.updateLog, checkpointSigner: signer };
    try {
      expect(readServerHealth(sources).ok).toBe(true);

      await collaboration.close();
      const withoutUpdateLog = readServerHealth(sources);
      expect(withoutUpdateLog.ok).toBe(false);
      expect(withoutUpdateLog.checks.updateLog).toEqual({ ok: false, problem: 'the update log is closed' });
      expect(withoutUpdateLog.checks.database.ok).toBe(true);
      expect(withoutUpdateLog.checks.recordLog.ok).toBe(true);

      signer.stop();
      expect(readServerHealth(sources).checks.recordLog).toEqual({ ok: false, problem: 'the record-log checkpoint signer is stopped' });

      connection.close();
      const withoutDatabase = readServerHealth(sources);
      expect(withoutDatabase.checks.database.ok).toBe(false);
      expect(withoutDatabase.checks.database.problem).toMatch(/not open|closed/i);
    } finally {
      directory.remove();
    }
  });
});
