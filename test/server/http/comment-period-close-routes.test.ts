import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandardAs, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { ledgerRecordsOf } from '../../helpers/ledger-records-of';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

interface Period {
  id: string;
  isOpen: boolean;
  endsAt: string;
  closedEarly: { reason: string; closedAt: string; scheduledEndsAt: string } | null;
}

const inThirtyDays = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();

/** A standard moved to 征求意见 with a period open on the version that move froze. */
async function standardInPublicComment(secretariat: ApiClient, standardId: string): Promise<string> {
  expect((await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'public_comment' })).status).toBe(200);
  const versions = ((await secretariat.get(`/api/standards/${standardId}/versions`)).body as { versions: Array<{ id: string }> }).versions;
  const opened = await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId: versions[0]?.id, endsAt: inThirtyDays() });
  expect(opened.status).toBe(201);
  return (opened.body as Period).id;
}

describe('closing a comment period early', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let stakeholder: ApiClient;
  let standardId: string;
  let periodId: string;

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
    drafter = await signedUpClient(server.url, 'drafter');
    stakeholder = await signedUpClient(server.url, 'stakeholder');
    expect((await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' })).status).toBe(201);
    expect((await stakeholder.request('PUT', '/api/me/stakeholder-profile', { fullName: '张工', organisation: '某研究院', email: 'zhang@example.com' })).status).toBe(200);
    periodId = await standardInPublicComment(secretariat, standardId);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('keeps the standard in 征求意见 while the period runs', async () => {
    const refused = await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'technical_review' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'stage_gate_blocked' } });
  });

  it('lets only the secretariat close, and only with a reason of bounded length', async () => {
    for (const client of [drafter, stakeholder]) {
      const refused = await client.post(`/api/comment-periods/${periodId}/close`, { reason: '提前结束' });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: { code: 'forbidden' } });
    }
    for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: '长'.repeat(1001) }]) {
      const invalid = await secretariat.post(`/api/comment-periods/${periodId}/close`, body);
      expect(invalid.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(invalid.body).toMatchObject({ error: { code: 'invalid_request' } });
    }
    expect(((await secretariat.get(`/api/comment-periods/${periodId}`)).body as Period).isOpen).toBe(true);
  });

  it('ends the period with its reason, records it in the log, shows it to commenters and refuses comments after', async () => {
    const before = (await secretariat.get(`/api/comment-periods/${periodId}`)).body as Period;
    const closed = await secretariat.post(`/api/comment-periods/${periodId}/close`, { reason: '起草组决定提前结束' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ id: periodId, isOpen: false, closedEarly: { reason: '起草组决定提前结束', scheduledEndsAt: before.endsAt } });

    const seenByCommenter = (await stakeholder.get(`/api/comment-periods/${periodId}`)).body as Period;
    expect(seenByCommenter).toMatchObject({ isOpen: false, closedEarly: { reason: '起草组决定提前结束' } });

    const records = ledgerRecordsOf(server.databasePath, periodId).filter(({ kind }) => kind === 'comment_period.closed');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actor: { username: 'secretary' }, payload: { early: true, reason: '起草组决定提前结束', scheduledEndsAt: before.endsAt } });

    const outline = (await stakeholder.get(`/api/comment-periods/${periodId}/document`)).body as { outline: Array<{ id: string }> };
    const submitted = await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId: outline.outline[0]?.id ?? 'x', type: 'te', comment: '晚到的意见' });
    expect(submitted.status).toBe(409);
    expect(submitted.body).toMatchObject({ error: { code: 'comment_period_closed' } });
  });

  it('refuses to close or extend it again', async () => {
    const again = await secretariat.post(`/api/comment-periods/${periodId}/close`, { reason: '再次结束' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'comment_period_closed' } });
    const extended = await secretariat.post(`/api/comment-periods/${periodId}/extend`, { endsAt: inThirtyDays(), reason: '延期' });
    expect(extended.status).toBe(409);
    expect(ledgerRecordsOf(server.databasePath, periodId).filter(({ kind }) => kind === 'comment_period.closed')).toHaveLength(1);
  });

  it('lets the standard go on to 技术审查 once the period is closed', async () => {
    const moved = await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'technical_review' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ stage: 'technical_review' });
  });

  it('closes the running period, recorded, when the standard returns to 起草', async () => {
    const otherStandardId = await createStandardAs(secretariat, '另一个标准');
    const otherPeriodId = await standardInPublicComment(secretariat, otherStandardId);
    const moved = await secretariat.post(`/api/standards/${otherStandardId}/stage`, { to: 'drafting', note: '意见较多，重新起草' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ stage: 'drafting' });
    const period = (await secretariat.get(`/api/comment-periods/${otherPeriodId}`)).body as Period;
    expect(period).toMatchObject({ isOpen: false, closedEarly: { reason: '退回起草：意见较多，重新起草' } });
    const records = ledgerRecordsOf(server.databasePath, otherPeriodId).filter(({ kind }) => kind === 'comment_period.closed');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ payload: { early: true, reason: '退回起草：意见较多，重新起草' } });
  });
});
