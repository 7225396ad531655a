import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { eventually } from '../../helpers/eventually';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

describe('the frozen draft of a comment period before and after it starts', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let outsider: ApiClient;
  let periodId: string;
  let startsAt: Date;

  beforeAll(async () => {
    let standardId: string;
    ({ server, secretariat, standardId } = await startServerWithStandard());
    drafter = await signedUpClient(server.url, 'drafter');
    outsider = await signedUpClient(server.url, 'outsider');
    expect((await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' })).status).toBe(201);
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    startsAt = new Date(Date.now() + 4000);
    const opened = await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, startsAt: startsAt.toISOString(), endsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString() });
    expect(opened.status).toBe(201);
    periodId = (opened.body as { id: string }).id;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('refuses the draft and the commenting template to someone outside the working group before startsAt', async () => {
    const document = await outsider.get(`/api/comment-periods/${periodId}/document`);
    expect(document.status).toBe(403);
    expect((document.body as { error: { code: string } }).error.code).toBe('comment_period_not_started');
    const template = await outsider.request('GET', `/api/comment-periods/${periodId}/comment-template.xlsx`);
    expect(template.status).toBe(403);
    expect(Date.now()).toBeLessThan(startsAt.getTime());
  });

  it('serves the draft to members of the working group before startsAt', async () => {
    expect((await secretariat.get(`/api/comment-periods/${periodId}/document`)).status).toBe(200);
    expect((await drafter.get(`/api/comment-periods/${periodId}/document`)).status).toBe(200);
    expect(Date.now()).toBeLessThan(startsAt.getTime());
  });

  it('serves the draft and the template to anyone signed in from startsAt', async () => {
    await eventually(() => expect(Date.now()).toBeGreaterThanOrEqual(startsAt.getTime()), 10_000);
    const document = await outsider.get(`/api/comment-periods/${periodId}/document`);
    expect(document.status).toBe(200);
    expect((document.body as { period: { id: string } }).period.id).toBe(periodId);
    expect((await outsider.request('GET', `/api/comment-periods/${periodId}/comment-template.xlsx`)).status).toBe(200);
  });
});
