import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { eventually } from '../../helpers/eventually';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

interface ListedComment {
  id: string;
  clauseNumber: string | null;
  disposition: { id: string; decision: string; reason: string | null; supersedesId: string | null; changeRef: { clauseNumber: string | null } | null } | null;
  reaction: { satisfied: boolean; note: string | null } | null;
}

describe('dispositions, reactions and the comment dashboard over HTTP', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let reviewer: ApiClient;
  let stakeholder: ApiClient;
  let bystander: ApiClient;
  let standardId: string;
  let periodId: string;
  let scopeClauseId: string;
  const commentIds: string[] = [];

  function ledgerEvents(): Array<{ kind: string; actor: { username: string } | null; payload: Record<string, unknown> }> {
    const database = new Database(server.databasePath, { readonly: true });
    try {
      const records = database.prepare('SELECT canonical FROM ledger_records WHERE standard_id = ? ORDER BY sequence').all(standardId) as Array<{ canonical: string }>;
      return records.map(({ canonical }) => JSON.parse(canonical) as { kind: string; actor: { username: string } | null; payload: Record<string, unknown> });
    } finally {
      database.close();
    }
  }

  async function standardComments(): Promise<ListedComment[]> {
    return ((await secretariat.get(`/api/standards/${standardId}/comments`)).body as { comments: ListedComment[] }).comments;
  }

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
    drafter = await signedUpClient(server.url, 'drafter', '起草人');
    reviewer = await signedUpClient(server.url, 'reviewer', '审查专家');
    for (const [username, role] of [['drafter', 'drafter'], ['reviewer', 'reviewer']] as const) {
      expect((await secretariat.post(`/api/standards/${standardId}/members`, { username, role })).status).toBe(201);
    }
    const outline = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
    scopeClauseId = outline.items.find((item) => item.title === '范围')?.id ?? '';
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    expect((await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'public_comment' })).status).toBe(200);
    const opened = await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 2000).toISOString() });
    periodId = (opened.body as { id: string }).id;
    stakeholder = await signedUpClient(server.url, 'stakeholder', '张工');
    bystander = await signedUpClient(server.url, 'bystander', '路人');
    await stakeholder.request('PUT', '/api/me/stakeholder-profile', { fullName: '张工', organisation: '某检测研究院', email: 'zhang@example.com' });
    for (const [type, comment] of [['te', '范围过窄。'], ['ed', '错别字。'], ['ge', '建议补充引言。']] as const) {
      const submitted = await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId: scopeClauseId, type, comment });
      expect(submitted.status).toBe(201);
      commentIds.push((submitted.body as { id: string }).id);
    }
  });
  afterAll(async () => {
    await server.stop();
  });

  it('lets only the drafting working group decide, and asks for a reason when a comment is not (fully) accepted', async () => {
    const [first] = commentIds;
    expect((await drafter.post(`/api/comments/${first}/dispositions`, { decision: 'not_accepted' })).status).toBe(400);
    expect((await drafter.post(`/api/comments/${first}/dispositions`, { decision: 'partially_accepted', reason: '  ' })).status).toBe(400);
    expect((await reviewer.post(`/api/comments/${first}/dispositions`, { decision: 'accepted' })).status).toBe(403);
    expect((await stakeholder.post(`/api/comments/${first}/dispositions`, { decision: 'accepted' })).status).toBe(403);
    expect((await bystander.post(`/api/comments/${first}/dispositions`, { decision: 'accepted' })).status).toBe(404);
    expect((await drafter.post(`/api/comments/${first}/dispositions`, { decision: 'accepted', changeRef: { fromVersionId: 'nope', toVersionId: 'nope' } })).status).toBe(400);
    const recorded = await drafter.post(`/api/comments/${first}/dispositions`, { decision: 'not_accepted', reason: '范围已覆盖该情形。', changeRef: { clauseId: scopeClauseId } });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ decision: 'not_accepted', reason: '范围已覆盖该情形。', decidedBy: { displayName: '起草人' }, supersedesId: null, changeRef: { clauseNumber: '1' } });
  });

  it('keeps every disposition: a change supersedes the previous one, which the database refuses to alter', async () => {
    const [first] = commentIds;
    const previous = (await standardComments()).find((comment) => comment.id === first)?.disposition;
    const changed = await secretariat.post(`/api/comments/${first}/dispositions`, { decision: 'partially_accepted', reason: '部分情形补充到范围。' });
    expect(changed.body).toMatchObject({ decision: 'partially_accepted', supersedesId: previous?.id });
    const history = (await stakeholder.get(`/api/comments/${first}/dispositions`)).body as { dispositions: Array<{ decision: string; changeRef: { clauseNumber: string | null } | null }> };
    expect(history.dispositions.map((disposition) => disposition.decision)).toEqual(['not_accepted', 'partially_accepted']);
    expect(history.dispositions[0]?.changeRef?.clauseNumber).toBe('1');
    expect((await standardComments()).find((comment) => comment.id === first)?.disposition).toMatchObject({ decision: 'partially_accepted' });

    const database = new Database(server.databasePath);
    try {
      expect(() => database.prepare("UPDATE comment_dispositions SET decision = 'accepted'").run()).toThrow(/cannot be changed/);
      expect(() => database.prepare('DELETE FROM comment_dispositions').run()).toThrow(/cannot be deleted/);
    } finally {
      database.close();
    }
  });

  it('shows the commenter the disposition and records their answer to a final one only', async () => {
    const [first, second] = commentIds;
    expect((await drafter.post(`/api/comments/${second}/dispositions`, { decision: 'pending' })).status).toBe(201);
    const early = await stakeholder.post(`/api/comments/${second}/reactions`, { satisfied: true });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: { code: 'disposition_required' } });
    expect((await drafter.post(`/api/comments/${first}/reactions`, { satisfied: true })).status).toBe(403);
    const answered = await stakeholder.post(`/api/comments/${first}/reactions`, { satisfied: false, note: '仍希望扩大范围。' });
    expect(answered.status).toBe(201);
    const mine = ((await stakeholder.get('/api/me/comments')).body as { comments: ListedComment[] }).comments.find((comment) => comment.id === first);
    expect(mine).toMatchObject({ disposition: { decision: 'partially_accepted' }, reaction: { satisfied: false, note: '仍希望扩大范围。' } });
    expect((await standardComments()).find((comment) => comment.id === first)?.reaction).toMatchObject({ satisfied: false });
  });

  it('counts comments for the dashboard and keeps the standard out of technical review until each one is decided', async () => {
    const [, second, third] = commentIds;
    await eventually(async () => expect(((await stakeholder.get(`/api/comment-periods/${periodId}`)).body as { isOpen: boolean }).isOpen).toBe(false));
    await eventually(() => expect(ledgerEvents().map((event) => event.kind)).toContain('comment_period.closed'));
    const dashboard = (await reviewer.get(`/api/standards/${standardId}/comment-dashboard`)).body as {
      total: number;
      byStatus: Array<{ status: string; count: number }>;
      byOrganisation: Array<{ key: string; total: number; open: number }>;
      reactions: { notSatisfied: number };
      blocking: Array<{ id: string }>;
    };
    expect(dashboard.total).toBe(3);
    expect(Object.fromEntries(dashboard.byStatus.map(({ status, count }) => [status, count]))).toEqual({ partially_accepted: 1, pending: 1, undisposed: 1 });
    expect(dashboard.byOrganisation).toEqual([{ key: '某检测研究院', total: 3, open: 2 }]);
    expect(dashboard.reactions.notSatisfied).toBe(1);
    expect(dashboard.blocking.map((comment) => comment.id).sort()).toEqual([second, third].sort());
    expect((await bystander.get(`/api/standards/${standardId}/comment-dashboard`)).status).toBe(404);

    const refused = await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'technical_review' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'stage_gate_blocked', message: expect.stringContaining('comments_without_disposition') } });
    await drafter.post(`/api/comments/${second}/dispositions`, { decision: 'accepted' });
    await drafter.post(`/api/comments/${third}/dispositions`, { decision: 'not_accepted', reason: '引言为资料性要素，本文件不需要。' });
    expect((await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'technical_review' })).status).toBe(200);
  });

  it('writes each event into the record log, in order, attributed to the person who acted', async () => {
    const events = ledgerEvents();
    expect(events.map((event) => `${event.kind} ${event.actor?.username ?? 'server'}`)).toEqual([
      'comment_period.opened secretary',
      'comment.submitted stakeholder',
      'comment.submitted stakeholder',
      'comment.submitted stakeholder',
      'disposition.recorded drafter',
      'disposition.recorded secretary',
      'disposition.recorded drafter',
      'reaction.recorded stakeholder',
      'comment_period.closed server',
      'disposition.recorded drafter',
      'disposition.recorded drafter',
    ]);
    expect(events[1]?.payload).toMatchObject({ comment: '范围过窄。', type: 'te', clauseNumber: '1' });
    expect(JSON.stringify(events)).not.toContain('zhang@example.com');
  });
});
