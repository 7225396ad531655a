import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandardAs, loggedInClient, signedUpClient, type ApiClient } from '../../helpers/api-client';
import type * as Y from 'yjs';
import { connectCollaborationClient, waitForSynced } from '../../helpers/collaboration-client';
import { eventually } from '../../helpers/eventually';
import { startTestServer, type TestServer } from '../../helpers/test-server';

interface StageOverview {
  stage: string;
  draftLabel: string | null;
  moves: Array<{ from: string; to: string; note: string | null; movedBy: { displayName: string }; versionId: string }>;
  next: Array<{ to: string; blockedBy: unknown }>;
  canMove: boolean;
}

describe('moving a standard between stages', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let standardId: string;

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'secretary', '王秘书');
    await signedUpClient(server.url, 'drafter');
    standardId = await createStandardAs(secretariat);
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
    drafter = await loggedInClient(server.url, 'drafter');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('shows the stage, its draft label and where it can go next', async () => {
    const overview = (await secretariat.get(`/api/standards/${standardId}/stage`)).body as StageOverview;
    expect(overview).toMatchObject({ stage: 'drafting', draftLabel: '工作组讨论稿', moves: [], next: [{ to: 'public_comment', blockedBy: null }], canMove: true });
    expect(((await drafter.get(`/api/standards/${standardId}/stage`)).body as StageOverview).canMove).toBe(false);
  });

  it('lets only the secretariat move it', async () => {
    const refused = await drafter.post(`/api/standards/${standardId}/stage`, { to: 'public_comment' });
    expect(refused.status).toBe(403);
  });

  it('refuses a move the life cycle does not allow, naming why', async () => {
    const refused = await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'published' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'stage_move_not_allowed', message: expect.stringContaining('发布') } });
    expect((await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'finished' })).status).toBe(400);
  });

  it('records the move with who, when and the note, freezes a version and prints the new draft label', async () => {
    const moved = await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'public_comment', note: '工作组讨论通过' });
    expect(moved.status).toBe(200);
    const overview = moved.body as StageOverview;
    expect(overview).toMatchObject({ stage: 'public_comment', draftLabel: '征求意见稿', moves: [{ from: 'drafting', to: 'public_comment', note: '工作组讨论通过', movedBy: { displayName: '王秘书' } }] });
    const versions = ((await secretariat.get(`/api/standards/${standardId}/versions`)).body as { versions: Array<{ id: string; name: string; reason: string; stage: string }> }).versions;
    expect(versions[0]).toMatchObject({ id: overview.moves[0]?.versionId, reason: 'stage_move', stage: 'drafting' });
    expect(versions[0]?.name).toBe('征求意见稿（起草 → 征求意见）');
    const frozen = (await secretariat.get(`/api/standards/${standardId}/versions/${versions[0]?.id ?? ''}`)).body as { document: { content: Array<{ type: string; attrs?: { draftLabel?: string } }> } };
    expect(frozen.document.content[0]).toMatchObject({ type: 'cover', attrs: { draftLabel: '征求意见稿' } });
    expect(((await secretariat.get(`/api/standards/${standardId}`)).body as { stage: string }).stage).toBe('public_comment');
  });

  it('sets the draft label on the live cover', async () => {
    const reader = connectCollaborationClient(secretariat, standardId);
    await waitForSynced(reader);
    const cover = reader.document.getXmlFragment('default').get(0) as Y.XmlElement;
    expect(cover.nodeName).toBe('cover');
    await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'technical_review' });
    await eventually(() => expect(cover.getAttribute('draftLabel')).toBe('送审稿'));
    const versions = ((await secretariat.get(`/api/standards/${standardId}/versions`)).body as { versions: Array<{ name: string }> }).versions;
    expect(versions[0]?.name).toBe('送审稿（征求意见 → 技术审查）');
    reader.destroy();
  });
});
