import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

interface InvitationList {
  invitations: Array<{ organisation: string; email: string; responded: boolean; comments: number }>;
  summary: { invited: number; responded: number; notResponded: number };
}

describe('the invitation list of a comment period', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  let periodId: string;
  let scopeClauseId: string;

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
    const outline = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
    scopeClauseId = outline.items.find((item) => item.title === '范围')?.id ?? '';
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    const opened = await secretariat.post(`/api/standards/${standardId}/comment-periods`, {
      versionId,
      endsAt: new Date(Date.now() + 3600_000).toISOString(),
      invitations: [
        { organisation: '某检测研究院', email: 'Zhang@Example.com', contactName: '张工' },
        { organisation: '某电池企业', email: 'li@example.com' },
      ],
    });
    expect(opened.status).toBe(201);
    periodId = (opened.body as { id: string }).id;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('matches invited organisations to the comments made by the people registered with their e-mail', async () => {
    const stakeholder = await signedUpClient(server.url, 'zhang', '张工');
    await stakeholder.request('PUT', '/api/me/stakeholder-profile', { fullName: '张工', organisation: '某检测研究院', email: 'zhang@example.com' });
    expect((await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId: scopeClauseId, type: 'te', comment: '范围过窄。' })).status).toBe(201);
    const list = (await secretariat.get(`/api/comment-periods/${periodId}/invitations`)).body as InvitationList;
    expect(list.summary).toEqual({ invited: 2, responded: 1, notResponded: 1 });
    expect(list.invitations.map(({ organisation, responded, comments }) => ({ organisation, responded, comments }))).toEqual([
      { organisation: '某检测研究院', responded: true, comments: 1 },
      { organisation: '某电池企业', responded: false, comments: 0 },
    ]);
  });

  it('adds later invitations without duplicating an e-mail, and shows the list to the secretariat only', async () => {
    const added = await secretariat.post(`/api/comment-periods/${periodId}/invitations`, {
      invitations: [
        { organisation: '某电池企业', email: 'LI@example.com' },
        { organisation: '某大学', email: 'wang@example.edu' },
      ],
    });
    expect(added.status).toBe(201);
    expect((added.body as InvitationList).summary.invited).toBe(3);
    expect((await secretariat.post(`/api/comment-periods/${periodId}/invitations`, { invitations: [{ organisation: '', email: 'not-an-email' }] })).status).toBe(400);
    const stranger = await signedUpClient(server.url, 'stranger');
    expect((await stranger.get(`/api/comment-periods/${periodId}/invitations`)).status).toBe(404);
    const drafter = await signedUpClient(server.url, 'drafter');
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
    expect((await drafter.get(`/api/comment-periods/${periodId}/invitations`)).status).toBe(403);
  });

  it('lists the standard’s periods with every extension and its reason, for members only', async () => {
    const extended = await secretariat.post(`/api/comment-periods/${periodId}/extend`, { endsAt: new Date(Date.now() + 7200_000).toISOString(), reason: '应企业要求延长' });
    expect(extended.status).toBe(200);
    const list = (await secretariat.get(`/api/standards/${standardId}/comment-periods`)).body as { periods: Array<{ period: { id: string; isOpen: boolean }; extensions: Array<{ reason: string }> }> };
    expect(list.periods).toHaveLength(1);
    expect(list.periods[0]).toMatchObject({ period: { id: periodId, isOpen: true }, extensions: [{ reason: '应企业要求延长' }] });
    const stranger = await signedUpClient(server.url, 'outsider');
    expect((await stranger.get(`/api/standards/${standardId}/comment-periods`)).status).toBe(404);
  });
});
