import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerExport } from '../../../shared/api/ledger';
import { ApiClient, signedUpClient } from '../../helpers/api-client';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

describe('the public verification API (no sign-in)', () => {
  let server: TestServer;
  let anonymous: ApiClient;
  let exported: LedgerExport;

  beforeAll(async () => {
    const started = await startServerWithStandard();
    server = started.server;
    const { secretariat, standardId } = started;
    const outline = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
    const clauseId = outline.items.find((item) => item.title === '范围')?.id ?? '';
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    expect((await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'public_comment' })).status).toBe(200);
    const periodId = ((await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 3_600_000).toISOString() })).body as { id: string }).id;
    const stakeholder = await signedUpClient(server.url, 'stakeholder');
    await stakeholder.request('PUT', '/api/me/stakeholder-profile', { fullName: '张工', organisation: '某检测研究院', email: 'zhang@example.com' });
    for (const comment of ['第一条。', '第二条。', '第三条。']) expect((await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId, type: 'te', comment })).status).toBe(201);
    exported = (await secretariat.get(`/api/standards/${standardId}/ledger-export`)).body as LedgerExport;
    anonymous = new ApiClient(server.url);
  });

  afterAll(async () => {
    await server.stop();
  });

  it('says that this site signed a checkpoint, when and over how many records, and that it did not sign another hash', async () => {
    const known = await anonymous.get(`/api/public/checkpoints/${exported.checkpoint.checkpointHash}`);
    expect(known).toMatchObject({ status: 200, body: { signed: true, checkpoint: { checkpointHash: exported.checkpoint.checkpointHash, treeSize: exported.checkpoint.treeSize, timestamp: exported.checkpoint.timestamp } } });
    expect((await anonymous.get(`/api/public/checkpoints/${'ab'.repeat(32)}`)).body).toEqual({ signed: false, checkpoint: null });
    expect((await anonymous.get('/api/public/checkpoints/not-a-hash')).body).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('verifies a good export and says what it proves; names what is wrong with a tampered one', async () => {
    const good = await anonymous.post('/api/public/verify-export', exported);
    expect(good).toMatchObject({ status: 200, body: { ok: true, checkpointKnown: true, records: exported.records.length, scope: { kind: 'standard' } } });
    expect((good.body as { proves: string }).proves).toMatch(/^Records 1\.\.\d+ of standard \S+, complete up to checkpoint [0-9a-f]{64} signed at /);
    const lastRemoved = await anonymous.post('/api/public/verify-export', { ...exported, records: exported.records.slice(0, -1) });
    expect(lastRemoved).toMatchObject({ status: 200, body: { ok: false, proves: null, problem: { code: 'standard_records_missing_at_end' } } });
    expect((await anonymous.post('/api/public/verify-export', { format: 'something else' })).body).toMatchObject({ error: { code: 'invalid_request' } });
  });
});
