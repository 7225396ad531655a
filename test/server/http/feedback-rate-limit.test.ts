import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { publishedEditionForTest, type PublishedEditionForTest } from '../../helpers/published-edition';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('feedback and complaint submission limits', () => {
  let server: TestServer;
  let edition: PublishedEditionForTest;
  let stakeholder: ApiClient;

  beforeAll(async () => {
    server = await startTestServer({ COMMENTS_PER_ACCOUNT_PER_MINUTE: '3', COMMENTS_PER_ADDRESS_PER_MINUTE: '20' });
    const secretariat = await signedUpClient(server.url, 'secretary');
    edition = await publishedEditionForTest(server.databasePath, secretariat);
    stakeholder = await signedUpClient(server.url, 'busy-stakeholder');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('count feedback and complaints against the person’s submission budget and answer 429 when it is spent', async () => {
    const base = `/api/public/standards/${edition.bodyCode}/${edition.edition}`;
    const feedback = { category: 'unclear_wording', text: '第1章的适用范围不清楚。' };
    expect((await stakeholder.post(`${base}/feedback`, feedback)).status).toBe(201);
    expect((await stakeholder.post(`${base}/feedback`, feedback)).status).toBe(201);
    expect((await stakeholder.post(`${base}/complaints`, { about: 'process', text: '征求意见期太短。' })).status).toBe(201);
    const limitedFeedback = await stakeholder.post(`${base}/feedback`, feedback);
    expect(limitedFeedback.status).toBe(429);
    expect(limitedFeedback.body).toMatchObject({ error: { code: 'too_many_requests' } });
    expect((await stakeholder.post(`${base}/complaints`, { about: 'process', text: '再次投诉。' })).status).toBe(429);

    const other = await signedUpClient(server.url, 'other-stakeholder');
    expect((await other.post(`${base}/feedback`, feedback)).status).toBe(201);
  });
});
