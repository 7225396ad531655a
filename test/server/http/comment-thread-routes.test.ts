import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

interface Replies {
  replies: Array<{ body: string; visibility: string; author: { displayName: string } }>;
}

describe('comment threads and assignment', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let commenter: ApiClient;
  let standardId: string;
  let commentId: string;

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
    await signedUpClient(server.url, 'drafter', '李起草');
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
    drafter = await loggedInClient(server.url, 'drafter');
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    const periodId = ((await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 86_400_000).toISOString() })).body as { id: string }).id;
    const outline = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
    commenter = await signedUpClient(server.url, 'commenter', '张工');
    await commenter.request('PUT', '/api/me/stakeholder-profile', { fullName: '张工', organisation: '某检测院', email: 'zhang@example.com' });
    commentId = ((await commenter.post(`/api/comment-periods/${periodId}/comments`, { clauseId: outline.items.find((item) => item.title === '范围')?.id, type: 'te', comment: '范围太宽' })).body as { id: string }).id;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('keeps internal notes inside the working group and shows public replies to the commenter', async () => {
    expect((await drafter.post(`/api/comments/${commentId}/replies`, { body: '内部：需要和召集人确认', visibility: 'internal' })).status).toBe(201);
    expect((await drafter.post(`/api/comments/${commentId}/replies`, { body: '已在5.1中收窄范围', visibility: 'public' })).status).toBe(201);
    const forMembers = (await secretariat.get(`/api/comments/${commentId}/replies`)).body as Replies;
    expect(forMembers.replies.map((reply) => reply.visibility)).toEqual(['internal', 'public']);
    const forCommenter = (await commenter.get(`/api/comments/${commentId}/replies`)).body as Replies;
    expect(forCommenter.replies).toEqual([expect.objectContaining({ body: '已在5.1中收窄范围', author: { displayName: '李起草' } })]);
  });

  it('lets only the working group reply, and hides the thread from everyone else', async () => {
    expect((await commenter.post(`/api/comments/${commentId}/replies`, { body: '我回复自己', visibility: 'public' })).status).toBe(403);
    const stranger = await signedUpClient(server.url, 'stranger');
    expect((await stranger.get(`/api/comments/${commentId}/replies`)).status).toBe(404);
    expect((await drafter.post(`/api/comments/${commentId}/replies`, { body: 'x', visibility: 'secret' })).status).toBe(400);
  });

  it('assigns a comment to a drafter and shows it in the comment list', async () => {
    expect((await drafter.request('PUT', `/api/comments/${commentId}/assignee`, { username: 'drafter' })).status).toBe(403);
    expect((await secretariat.request('PUT', `/api/comments/${commentId}/assignee`, { username: 'commenter' })).status).toBe(400);
    const assigned = await secretariat.request('PUT', `/api/comments/${commentId}/assignee`, { username: 'drafter' });
    expect(assigned.body).toMatchObject({ assignee: { displayName: '李起草' } });
    const list = (await secretariat.get(`/api/standards/${standardId}/comments`)).body as { comments: Array<{ id: string; assignee: { displayName: string } | null }> };
    expect(list.comments.find((comment) => comment.id === commentId)?.assignee).toMatchObject({ displayName: '李起草' });
    await secretariat.request('PUT', `/api/comments/${commentId}/assignee`, { username: null });
    const cleared = (await secretariat.get(`/api/standards/${standardId}/comments`)).body as { comments: Array<{ id: string; assignee: unknown }> };
    expect(cleared.comments.find((comment) => comment.id === commentId)?.assignee).toBeNull();
  });
});
