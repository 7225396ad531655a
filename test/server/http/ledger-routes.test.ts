import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheckpointResponseSchema, ledgerExportSchema, ledgerPublicKeyResponseSchema, ledgerVerificationSchema } from '../../../shared/api/ledger';
import { openDatabase, type DatabaseConnection } from '../../../server/db/client';
import { appendLedgerRecord } from '../../../server/ledger/append-ledger-record';
import { checkpointSignatureIsValid } from '../../../server/ledger/checkpoint-signature';
import { parseEd25519PublicKey } from '../../../server/ledger/public-key';
import { verifyLedgerExport } from '../../../server/ledger/verify-ledger-export';
import { ApiClient, createStandardAs, signedUpClient } from '../../helpers/api-client';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';
import { sampleEvent, sampleTime, tamperWith } from '../ledger/ledger-test-log';

describe('/api/ledger', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  let outsider: ApiClient;
  let connection: DatabaseConnection;
  let recordsBefore = 0;

  function append(count: number, standard: (index: number) => string): void {
    for (let index = 1; index <= count; index += 1) {
      connection.database.transaction((transaction) => appendLedgerRecord(transaction, { ...sampleEvent(index), standardId: standard(index) }, sampleTime(index)));
    }
  }

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
    outsider = await signedUpClient(server.url, 'outsider');
    connection = openDatabase(server.databasePath);
    recordsBefore = (ledgerVerificationSchema.parse((await secretariat.get('/api/ledger/verify')).body)).entries;
    const otherStandard = await createStandardAs(outsider, '另一个标准');
    append(9, (index) => (index % 3 === 0 ? otherStandard : standardId));
  });

  afterAll(async () => {
    connection.close();
    await server.stop();
  });

  it('serves the public key to anyone, the one in the key file next to the database', async () => {
    const response = await new ApiClient(server.url).get('/api/ledger/public-key');
    expect(response.status).toBe(200);
    const body = ledgerPublicKeyResponseSchema.parse(response.body);
    expect(Buffer.from(body.publicKey, 'base64')).toHaveLength(32);
    expect(parseEd25519PublicKey(body.publicKeyPem).equals(parseEd25519PublicKey(body.publicKey))).toBe(true);
    const keyFile = readFileSync(join(dirname(server.databasePath), 'ledger-signing-key.pem'), 'utf8');
    expect(keyFile).toContain('PRIVATE KEY');
  });

  it('refuses verification and checkpoints to visitors who are not signed in', async () => {
    const visitor = new ApiClient(server.url);
    expect((await visitor.get('/api/ledger/verify')).status).toBe(401);
    expect((await visitor.get('/api/ledger/checkpoint')).status).toBe(401);
  });

  it('verifies the log and returns a checkpoint signed over every record', async () => {
    const response = await outsider.get('/api/ledger/verify');
    expect(response.status).toBe(200);
    const verification = ledgerVerificationSchema.parse(response.body);
    expect(verification).toMatchObject({ ok: true, entries: recordsBefore + 9, lastSequence: recordsBefore + 9 });
    expect(verification.checkpoint).toMatchObject({ treeSize: recordsBefore + 9, rootHash: verification.root, publicKey: verification.publicKey });

    const { checkpoint } = ledgerCheckpointResponseSchema.parse((await secretariat.get('/api/ledger/checkpoint')).body);
    expect(checkpoint).toEqual(verification.checkpoint);
    expect(checkpointSignatureIsValid(checkpoint, parseEd25519PublicKey(verification.publicKey))).toBe(true);
  });

  it('exports every record to site administrators only, and a standard’s records with inclusion proofs to its members', async () => {
    const publicKey = parseEd25519PublicKey(ledgerPublicKeyResponseSchema.parse((await secretariat.get('/api/ledger/public-key')).body).publicKey);
    expect((await outsider.get('/api/ledger/export')).status).toBe(403);

    const whole = await secretariat.get('/api/ledger/export');
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-disposition')).toMatch(/attachment; filename="record-log-all-\d+\.json"/);
    const wholeExport = ledgerExportSchema.parse(whole.body);
    expect(wholeExport.records).toHaveLength(wholeExport.checkpoint.treeSize);
    expect(verifyLedgerExport(wholeExport, publicKey)).toMatchObject({ ok: true, records: wholeExport.checkpoint.treeSize });

    expect((await outsider.get(`/api/standards/${standardId}/ledger-export`)).status).toBe(404);
    const own = ledgerExportSchema.parse((await secretariat.get(`/api/standards/${standardId}/ledger-export`)).body);
    expect(own.scope).toEqual({ kind: 'standard', standardId });
    const standardIds = own.records.map(({ canonical }) => (JSON.parse(canonical) as { standardId: string }).standardId);
    expect(new Set(standardIds)).toEqual(new Set([standardId]));
    expect(own.records.filter(({ canonical }) => canonical.includes('"comment-')).length).toBe(6);
    expect(verifyLedgerExport(own, publicKey)).toMatchObject({ ok: true });
  });

  it('lets one account verify or export the whole log six times a minute', async () => {
    const eager = await signedUpClient(server.url, 'eager');
    for (let attempt = 0; attempt < 6; attempt += 1) expect((await eager.get('/api/ledger/verify')).status).toBe(200);
    const refused = await eager.get('/api/ledger/verify');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: 'too_many_requests' } });
    expect((await eager.get('/api/ledger/checkpoint')).status).toBe(200);
  });

  it('reports a changed record with its sequence number', async () => {
    const target = recordsBefore + 4;
    tamperWith(server.databasePath, (sqlite) => {
      const row = sqlite.prepare('SELECT canonical FROM ledger_records WHERE sequence = ?').get(target) as { canonical: string };
      sqlite.prepare('UPDATE ledger_records SET canonical = ? WHERE sequence = ?').run(row.canonical.replace('5.4', '9.9'), target);
    });
    const verification = ledgerVerificationSchema.parse((await secretariat.get('/api/ledger/verify')).body);
    expect(verification).toMatchObject({ ok: false, problem: { code: 'record_changed', sequence: target } });
    expect(verification.checkpoint?.treeSize).toBe(recordsBefore + 9);
  });
});
