import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForSynced } from '../../helpers/collaboration-client';
import { ledgerRecordsOf } from '../../helpers/ledger-records-of';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

interface Member {
  userId: string;
  username: string;
  role: string;
}

describe('changing a member role and removing a member', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let convenor: ApiClient;
  let outsider: ApiClient;
  let standardId: string;
  const userIds: Record<string, string> = {};

  async function members(): Promise<Member[]> {
    return ((await secretariat.get(`/api/standards/${standardId}/members`)).body as { members: Member[] }).members;
  }

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
    convenor = await signedUpClient(server.url, 'convenor');
    outsider = await signedUpClient(server.url, 'outsider');
    await signedUpClient(server.url, 'drafter');
    for (const [username, role] of [['convenor', 'convenor'], ['drafter', 'drafter']] as const) {
      expect((await secretariat.post(`/api/standards/${standardId}/members`, { username, role })).status).toBe(201);
    }
    for (const member of await members()) userIds[member.username] = member.userId;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('lets only the secretariat change roles and remove members', async () => {
    const byConvenor = await convenor.request('PATCH', `/api/standards/${standardId}/members/${userIds.drafter}`, { role: 'observer' });
    expect(byConvenor.status).toBe(403);
    expect(byConvenor.body).toMatchObject({ error: { code: 'forbidden' } });
    expect((await convenor.request('DELETE', `/api/standards/${standardId}/members/${userIds.drafter}`)).status).toBe(403);
    expect((await outsider.request('PATCH', `/api/standards/${standardId}/members/${userIds.drafter}`, { role: 'observer' })).status).toBe(404);
    expect((await outsider.request('DELETE', `/api/standards/${standardId}/members/${userIds.drafter}`)).status).toBe(404);
    expect((await members()).find((member) => member.username === 'drafter')?.role).toBe('drafter');
  });

  it('validates the role and answers 404 for someone who is not a member', async () => {
    const invalid = await secretariat.request('PATCH', `/api/standards/${standardId}/members/${userIds.drafter}`, { role: 'king' });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ error: { code: 'invalid_request' } });
    const notMember = await secretariat.request('DELETE', `/api/standards/${standardId}/members/nobody`);
    expect(notMember.status).toBe(404);
    expect(notMember.body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('changes a role, recorded in the stage history and the record log', async () => {
    const changed = await secretariat.request('PATCH', `/api/standards/${standardId}/members/${userIds.drafter}`, { role: 'reviewer' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ username: 'drafter', role: 'reviewer' });
    expect((await members()).find((member) => member.username === 'drafter')?.role).toBe('reviewer');
    const overview = (await secretariat.get(`/api/standards/${standardId}/stage`)).body as { memberChanges: unknown[] };
    expect(overview.memberChanges).toEqual([expect.objectContaining({ member: { id: userIds.drafter, displayName: 'drafter' }, previousRole: 'drafter', newRole: 'reviewer', changedBy: expect.objectContaining({ displayName: 'secretary' }) })]);
    expect(ledgerRecordsOf(server.databasePath, userIds.drafter ?? '')).toEqual([expect.objectContaining({ kind: 'member.role_changed', actor: expect.objectContaining({ username: 'secretary' }), payload: { userId: userIds.drafter, previousRole: 'drafter', newRole: 'reviewer' } })]);
  });

  it('removes a member, who then no longer sees the standard, recorded in the history and the log', async () => {
    const removed = await secretariat.request('DELETE', `/api/standards/${standardId}/members/${userIds.convenor}`);
    expect(removed.status).toBe(200);
    expect((await members()).map((member) => member.username)).not.toContain('convenor');
    expect((await convenor.get(`/api/standards/${standardId}`)).status).toBe(404);
    const overview = (await secretariat.get(`/api/standards/${standardId}/stage`)).body as { memberChanges: Array<{ previousRole: string; newRole: string | null }> };
    expect(overview.memberChanges.at(-1)).toMatchObject({ previousRole: 'convenor', newRole: null });
    expect(ledgerRecordsOf(server.databasePath, userIds.convenor ?? '').map(({ kind }) => kind)).toEqual(['member.removed']);
  });

  it('protects the last secretariat with 409 last_secretariat, and lets a second secretariat take over', async () => {
    const secretaryId = userIds.secretary ?? '';
    for (const attempt of [secretariat.request('PATCH', `/api/standards/${standardId}/members/${secretaryId}`, { role: 'drafter' }), secretariat.request('DELETE', `/api/standards/${standardId}/members/${secretaryId}`)]) {
      const refused = await attempt;
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ error: { code: 'last_secretariat' } });
    }
    expect(ledgerRecordsOf(server.databasePath, secretaryId)).toEqual([]);
    expect((await secretariat.request('PATCH', `/api/standards/${standardId}/members/${userIds.drafter}`, { role: 'secretariat' })).status).toBe(200);
    expect((await secretariat.request('PATCH', `/api/standards/${standardId}/members/${secretaryId}`, { role: 'observer' })).status).toBe(200);
    expect((await members()).find((member) => member.username === 'secretary')?.role).toBe('observer');
  });
});

describe('a member removed while editing', () => {
  it('loses the open collaboration connection at once, and what they type afterwards is not stored', async () => {
    const { server, secretariat, standardId } = await startServerWithStandard();
    try {
      const drafter = await signedUpClient(server.url, 'drafter');
      const added = await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
      const drafterId = (added.body as Member).userId;
      const editing = connectCollaborationClient(drafter, standardId);
      await waitForSynced(editing);
      expect((await secretariat.request('DELETE', `/api/standards/${standardId}/members/${drafterId}`)).status).toBe(200);
      // The server closes the socket's document connection; whatever the provider does next, nothing it sends is taken.
      await new Promise((resolve) => setTimeout(resolve, 300));
      editing.document.getText('after-removal').insert(0, '被移除后写入');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      editing.destroy();
      const reader = connectCollaborationClient(secretariat, standardId);
      await waitForSynced(reader);
      expect(reader.document.getText('after-removal').toString()).toBe('');
      reader.destroy();
    } finally {
      await server.stop();
    }
  });
});
