import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandardAs, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('comment submission limits', () => {
  let server: TestServer;
  let periodId: string;
  let scopeClauseId: string;

  beforeAll(async () => {
    server = await startTestServer({ COMMENTS_PER_ACCOUNT_PER_MINUTE: '3', COMMENTS_PER_ADDRESS_PER_MINUTE: '5' });
    const secretariat = await signedUpClient(server.url, 'secretary');
    const standardId = await createStandardAs(secretariat);
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    periodId = ((await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 86_400_000).toISOString() })).body as { id: string }).id;
    const outline = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
    scopeClauseId = outline.items.find((item) => item.title === '范围')?.id ?? '';
  });
  afterAll(async () => {
    await server.stop();
  });

  async function commenter(username: string): Promise<ApiClient> {
    const client = await signedUpClient(server.url, username);
    await client.request('PUT', '/api/me/stakeholder-profile', { fullName: username, organisation: '某单位', email: `${username}@example.com` });
    return client;
  }

  function submit(client: ApiClient) {
    return client.post(`/api/comment-periods/${periodId}/comments`, { clauseId: scopeClauseId, type: 'ge', comment: '意见' });
  }

  it('limits submissions per account and per address, with a clear code', async () => {
    const first = await commenter('first');
    for (let index = 0; index < 3; index += 1) expect((await submit(first)).status).toBe(201);
    const limited = await submit(first);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: { code: 'too_many_requests' } });

    const second = await commenter('second');
    expect((await submit(second)).status).toBe(201);
    expect((await submit(second)).status).toBe(201);
    expect((await submit(second)).status).toBe(429);
  });
});
