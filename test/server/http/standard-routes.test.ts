import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, createStandardAs, signedUpClient } from '../../helpers/api-client';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('standard projects and their members over HTTP', () => {
  let server: TestServer;
  let secretariat: ApiClient;

  beforeEach(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'secretary', '王秘书');
  });

  afterEach(async () => {
    await server.stop();
  });

  it('creates a standard in stage drafting with its creator as secretariat', async () => {
    const response = await secretariat.post('/api/standards', { title: '智能制造 术语', titleEn: 'Intelligent manufacturing — Vocabulary', bodyCode: 'CAS', sequenceNumber: '290' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ title: '智能制造 术语', bodyCode: 'CAS', sequenceNumber: '290', stage: 'drafting', myRole: 'secretariat', canEdit: true, canManageMembers: true });
    const list = await secretariat.get('/api/standards');
    expect(list.body).toMatchObject({ standards: [{ title: '智能制造 术语' }] });
  });

  it('validates the body code and the sequence number', async () => {
    expect((await secretariat.post('/api/standards', { title: '标准', bodyCode: 'cas' })).status).toBe(400);
    expect((await secretariat.post('/api/standards', { title: '标准', sequenceNumber: 'abc' })).status).toBe(400);
    expect((await secretariat.post('/api/standards', { title: '' })).status).toBe(400);
  });

  it('requires a session', async () => {
    const anonymous = new ApiClient(server.url);
    const response = await anonymous.post('/api/standards', { title: '标准' });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('hides a standard from non-members on every route', async () => {
    const standardId = await createStandardAs(secretariat);
    const outsider = await signedUpClient(server.url, 'outsider');
    expect((await outsider.get(`/api/standards/${standardId}`)).status).toBe(404);
    expect((await outsider.get(`/api/standards/${standardId}/members`)).status).toBe(404);
    expect((await outsider.post(`/api/standards/${standardId}/members`, { username: 'outsider', role: 'drafter' })).status).toBe(404);
    expect((await outsider.post('/api/collab/ticket', { standardId })).status).toBe(404);
    expect((await outsider.get(`/api/standards/${standardId}/outline`)).status).toBe(404);
    expect((await outsider.get('/api/standards')).body).toEqual({ standards: [] });
  });

  it('lets only the secretariat add members, with roles that decide who edits', async () => {
    const standardId = await createStandardAs(secretariat);
    const drafter = await signedUpClient(server.url, 'drafter', '李起草');
    const reviewer = await signedUpClient(server.url, 'reviewer', '张专家');
    const added = await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ username: 'drafter', displayName: '李起草', role: 'drafter' });
    expect((await secretariat.post(`/api/standards/${standardId}/members`, { username: 'reviewer', role: 'reviewer' })).status).toBe(201);

    expect((await drafter.post(`/api/standards/${standardId}/members`, { username: 'reviewer', role: 'convenor' })).status).toBe(403);
    expect((await drafter.get(`/api/standards/${standardId}`)).body).toMatchObject({ myRole: 'drafter', canEdit: true, canManageMembers: false });
    expect((await reviewer.get(`/api/standards/${standardId}`)).body).toMatchObject({ myRole: 'reviewer', canEdit: false });
    expect((await reviewer.post('/api/collab/ticket', { standardId })).body).toMatchObject({ readOnly: true });
    expect((await drafter.post('/api/collab/ticket', { standardId })).body).toMatchObject({ readOnly: false, documentName: `standard:${standardId}` });

    const members = await reviewer.get(`/api/standards/${standardId}/members`);
    expect((members.body as { members: Array<{ username: string; role: string }> }).members.map((member) => [member.username, member.role])).toEqual([
      ['secretary', 'secretariat'],
      ['drafter', 'drafter'],
      ['reviewer', 'reviewer'],
    ]);
  });

  it('explains unknown users, duplicates and bad roles', async () => {
    const standardId = await createStandardAs(secretariat);
    await signedUpClient(server.url, 'drafter');
    expect((await secretariat.post(`/api/standards/${standardId}/members`, { username: 'ghost', role: 'drafter' })).body).toMatchObject({ error: { code: 'user_not_found' } });
    expect((await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'chief' })).status).toBe(400);
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
    const duplicate = await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'observer' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ error: { code: 'already_member' } });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await secretariat.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'not_found' } });
  });
});
