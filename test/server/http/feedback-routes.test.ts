import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feedback, FeedbackListResponse, MyFeedbackResponse, PublicEditionOutlineResponse } from '../../../shared/api/feedback';
import { openExistingDatabase } from '../../../server/db/open-existing-database';
import { countFeedbackPerClause, countFeedbackPerStandard, countUnansweredFeedbackPerStandard } from '../../../server/db/repos/feedback-counts';
import { ApiClient, signedUpClient } from '../../helpers/api-client';
import { ledgerRecordsOf } from '../../helpers/ledger-records-of';
import { publishedEditionForTest, type PublishedEditionForTest } from '../../helpers/published-edition';
import { startTestServer, type TestServer } from '../../helpers/test-server';

interface ErrorBody {
  error: { code: string; message: string };
}

const codeOf = (response: { body: unknown }): string => (response.body as ErrorBody).error.code;
const privateContact = '13800138000 zhang.san@example.cn';

describe('implementation feedback on published standards', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let stakeholder: ApiClient;
  let outsider: ApiClient;
  let published: PublishedEditionForTest;
  let unpublished: PublishedEditionForTest;

  const feedbackPath = (edition: PublishedEditionForTest) => `/api/public/standards/${edition.bodyCode}/${edition.edition}/feedback`;

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'feedback-secretary', '王秘书');
    drafter = await signedUpClient(server.url, 'feedback-drafter', '李起草');
    stakeholder = await signedUpClient(server.url, 'feedback-stakeholder', '张用户');
    outsider = await signedUpClient(server.url, 'feedback-outsider', '路人');
    published = await publishedEditionForTest(server.databasePath, secretariat, { sequenceNumber: '012', year: 2026 });
    unpublished = await publishedEditionForTest(server.databasePath, secretariat, { sequenceNumber: '013', year: 2026, published: false });
    await secretariat.post(`/api/standards/${published.standardId}/members`, { username: 'feedback-drafter', role: 'drafter' });
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  it('serves the outline of a published edition to anyone, and 404 for a number that is not published', async () => {
    const anonymous = new ApiClient(server.url);
    const outline = await anonymous.get(`/api/public/standards/CWA/${published.edition}/outline`);
    expect(outline.status).toBe(200);
    const body = outline.body as PublicEditionOutlineResponse;
    expect(body.standardNumber).toBe('T/CWA 012—2026');
    expect(body.outline.map((item) => item.id)).toEqual(expect.arrayContaining(published.clauses.map((clause) => clause.id)));
    expect((await anonymous.get(`/api/public/standards/CWA/${unpublished.edition}/outline`)).status).toBe(404);
    expect((await anonymous.get('/api/public/standards/CWA/999-2026/outline')).status).toBe(404);
  });

  it('takes feedback only from signed-in people and only on a published edition', async () => {
    const request = { category: 'suggestion', text: '建议增加示例。' };
    expect((await new ApiClient(server.url).post(feedbackPath(published), request)).status).toBe(401);
    const notPublished = await stakeholder.post(feedbackPath(unpublished), request);
    expect(notPublished.status).toBe(404);
    expect(codeOf(notPublished)).toBe('not_found');
    expect((await stakeholder.post('/api/public/standards/CWA/012-2025/feedback', request)).status).toBe(404);
    const noSuchClause = await stakeholder.post(feedbackPath(published), { ...request, clauseId: 'not-a-clause' });
    expect(noSuchClause.status).toBe(400);
    expect((await stakeholder.post(feedbackPath(published), { ...request, category: 'praise' })).status).toBe(400);
  });

  let firstFeedback: Feedback;

  it('anchors feedback to a clause of the frozen version and keeps the contact out of the record log', async () => {
    const clause = published.clauses[0];
    if (!clause) throw new Error('the published version has no clause');
    const response = await stakeholder.post(feedbackPath(published), {
      clauseId: clause.id,
      quotedText: '应每日校准',
      category: 'technical_problem',
      text: '每日校准在现场难以做到，建议改为每周。',
      organisation: '某水务集团',
      contact: privateContact,
    });
    expect(response.status).toBe(201);
    firstFeedback = response.body as Feedback;
    expect(firstFeedback).toMatchObject({ standardNumber: 'T/CWA 012—2026', clauseId: clause.id, category: 'technical_problem', contact: privateContact, answer: null, sender: { displayName: '张用户' } });
    expect(firstFeedback.clauseLabel).toContain(clause.title);
    await stakeholder.post(feedbackPath(published), { category: 'unclear_wording', clauseId: clause.id, text: '“在线”一词含义不清。' });
    await outsider.post(feedbackPath(published), { category: 'suggestion', text: '希望提供英文版。' });

    const records = ledgerRecordsOf(server.databasePath, firstFeedback.id);
    expect(records.map((record) => [record.kind, record.actor?.username])).toEqual([['feedback.submitted', 'feedback-stakeholder']]);
    expect(records[0]?.payload).toMatchObject({ clauseId: clause.id, category: 'technical_problem', text: '每日校准在现场难以做到，建议改为每周。', organisation: '某水务集团', standardNumber: 'T/CWA 012—2026' });
    expect(JSON.stringify(records)).not.toContain('13800138000');
    const exported = await secretariat.get(`/api/standards/${published.standardId}/ledger-export`);
    expect(exported.status).toBe(200);
    expect(JSON.stringify(exported.body)).toContain('feedback.submitted');
    expect(JSON.stringify(exported.body)).not.toContain('13800138000');
  });

  it('lists feedback with counts per clause and category to the secretariat only', async () => {
    const listed = await secretariat.get(`/api/standards/${published.standardId}/feedback`);
    expect(listed.status).toBe(200);
    const list = listed.body as FeedbackListResponse;
    expect(list.feedback).toHaveLength(3);
    expect(list.counts).toMatchObject({ total: 3, unanswered: 3, perCategory: { technical_problem: 1, unclear_wording: 1, conflict: 0, suggestion: 1 } });
    expect(list.counts.perClause).toEqual([{ clauseId: published.clauses[0]?.id, clauseLabel: firstFeedback.clauseLabel, count: 2 }]);
    expect(list.feedback.find((item) => item.id === firstFeedback.id)?.contact).toBe(privateContact);

    expect((await drafter.get(`/api/standards/${published.standardId}/feedback`)).status).toBe(403);
    expect((await outsider.get(`/api/standards/${published.standardId}/feedback`)).status).toBe(404);
    expect((await stakeholder.get(`/api/standards/${published.standardId}/feedback`)).status).toBe(404);
  });

  it('takes one final answer from the secretariat, records who gave it, and shows it to the sender', async () => {
    const answerPath = `/api/standards/${published.standardId}/feedback/${firstFeedback.id}/answer`;
    expect((await drafter.post(answerPath, { answer: '好的' })).status).toBe(403);
    expect((await stakeholder.post(answerPath, { answer: '自己回答' })).status).toBe(404);
    expect((await secretariat.post(answerPath, { answer: '   ' })).status).toBe(400);
    expect((await secretariat.post(`/api/standards/${published.standardId}/feedback/no-such-feedback/answer`, { answer: '好的' })).status).toBe(404);

    const answered = await secretariat.post(answerPath, { answer: '复审时将校准频次改为每周，并补充现场条件。' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ answer: '复审时将校准频次改为每周，并补充现场条件。', answeredBy: { displayName: '王秘书' } });
    const again = await secretariat.post(answerPath, { answer: '改变主意' });
    expect(again.status).toBe(409);
    expect(codeOf(again)).toBe('feedback_already_answered');

    const records = ledgerRecordsOf(server.databasePath, firstFeedback.id);
    expect(records.map((record) => [record.kind, record.actor?.username])).toEqual([
      ['feedback.submitted', 'feedback-stakeholder'],
      ['feedback.answered', 'feedback-secretary'],
    ]);
    expect(records[1]?.payload).toEqual({ answer: '复审时将校准频次改为每周，并补充现场条件。' });

    const mine = (await stakeholder.get('/api/me/feedback')).body as MyFeedbackResponse;
    expect(mine.feedback.map((item) => item.category)).toEqual(['unclear_wording', 'technical_problem']);
    expect(mine.feedback[1]).toMatchObject({ answer: '复审时将校准频次改为每周，并补充现场条件。', contact: privateContact });
    const others = (await outsider.get('/api/me/feedback')).body as MyFeedbackResponse;
    expect(others.feedback).toHaveLength(1);
    expect(JSON.stringify(others)).not.toContain('13800138000');
    expect(((await secretariat.get(`/api/standards/${published.standardId}/feedback`)).body as FeedbackListResponse).counts.unanswered).toBe(2);
  });

  it('counts the feedback per standard and per clause for the periodic review dashboard', () => {
    const connection = openExistingDatabase(server.databasePath);
    try {
      const perStandard = countFeedbackPerStandard(connection.database, [published.standardId, unpublished.standardId]);
      expect([...perStandard.entries()]).toEqual([
        [published.standardId, 3],
        [unpublished.standardId, 0],
      ]);
      expect(countUnansweredFeedbackPerStandard(connection.database, [published.standardId]).get(published.standardId)).toBe(2);
      expect(countFeedbackPerStandard(connection.database, []).size).toBe(0);
      const perClause = countFeedbackPerClause(connection.database, published.standardId);
      expect(perClause.get(published.clauses[0]?.id ?? '')).toBe(2);
      expect(perClause.get(null)).toBe(1);
    } finally {
      connection.close();
    }
  });
});
