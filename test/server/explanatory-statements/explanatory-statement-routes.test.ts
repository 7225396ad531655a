import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentNameForExplanatoryStatement } from '../../../shared/collab/document-name';
import { findLibreOffice } from '../../../server/exports/pdf/libreoffice-converter';
import { loggedInClient, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../../helpers/collaboration-client';
import { paragraphTextOfChapter } from '../../helpers/draft-text';
import { eventually } from '../../helpers/eventually';
import { standardInTechnicalReview, setUpReview, meetingRequest, panelMembers } from '../../helpers/review-setup';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { storedDocument } from '../../reliability/support/stored-document';
import { readWordDocument } from '../exports/office-readers';

const wordContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function paragraphsOf(client: ApiClient, path: string): Promise<string[]> {
  const response = await client.fetchRaw(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toBe(wordContentType);
  return (await readWordDocument(new Uint8Array(await response.arrayBuffer()))).paragraphs;
}

describe('the 编制说明 routes', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let observer: ApiClient;
  let stakeholder: ApiClient;
  let standardId: string;
  let commentVersionId: string;

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'secretary', '王秘书');
    await signedUpClient(server.url, 'drafter', '李起草');
    await signedUpClient(server.url, 'observer');
    stakeholder = await signedUpClient(server.url, 'stakeholder', '赵企业');
    drafter = await loggedInClient(server.url, 'drafter');
    observer = await loggedInClient(server.url, 'observer');
    await drafter.request('PUT', '/api/me/stakeholder-profile', { fullName: '李起草', organisation: '中国标准化研究院', email: 'li@example.cn' });
    ({ standardId } = await standardInTechnicalReview(secretariat, '智能制造 术语').then(async (inReview) => inReview));
  });

  afterAll(async () => {
    await server.stop();
  });

  it('seeds the chapters with the facts the product knows: drafters, stage moves', async () => {
    const fresh = (await secretariat.post('/api/standards', { title: '工业互联网 平台' })).body as { id: string };
    await secretariat.post(`/api/standards/${fresh.id}/members`, { username: 'drafter', role: 'drafter' });
    const paragraphs = await paragraphsOf(drafter, `/api/standards/${fresh.id}/explanatory-statement.docx`);
    expect(paragraphs[0]).toBe('《工业互联网 平台》编制说明');
    expect(paragraphs).toContain('1\u3000工作简况');
    expect(paragraphs).toContain('1.4\u3000主要起草单位和起草人及其分工');
    expect(paragraphs).toContain('9\u3000其他');
    expect(paragraphs).toContain('主要起草单位：中国标准化研究院。');
    expect(paragraphs).toContain('主要起草人及其分工：李起草（中国标准化研究院），起草人。');
    // No cover, no 目次: the statement has its title only.
    expect(paragraphs.some((paragraph) => paragraph.includes('目\u3000\u3000次') || paragraph.includes('T/'))).toBe(false);
  });

  it('gives two people who open a new 编制说明 at once the same document, seeded once', async () => {
    const standard = (await secretariat.post('/api/standards', { title: '储能电站 安全' })).body as { id: string };
    await secretariat.post(`/api/standards/${standard.id}/members`, { username: 'drafter', role: 'drafter' });
    const name = documentNameForExplanatoryStatement(standard.id);
    const [first, second] = [connectCollaborationClient(secretariat, standard.id, name), connectCollaborationClient(drafter, standard.id, name)];
    await Promise.all([waitForSynced(first), waitForSynced(second)]);
    paragraphTextOfChapter(first.document, '编制原则和主要内容').insert(0, '甲写的。');
    await waitForAllSaved(first);
    await eventually(() => expect(JSON.stringify(second.document.getXmlFragment('default').toJSON())).toContain('甲写的。'));
    expect(second.document.getXmlFragment('default').length).toBe(9);
    first.destroy();
    second.destroy();
  });

  it('is frozen with the draft at each stage move; the frozen file keeps its text after the live one changes', async () => {
    const standard = (await secretariat.post('/api/standards', { title: '数据中心 能效' })).body as { id: string };
    const writer = connectCollaborationClient(secretariat, standard.id, documentNameForExplanatoryStatement(standard.id));
    await waitForSynced(writer);
    const text = paragraphTextOfChapter(writer.document, '其他');
    text.delete(0, text.length);
    text.insert(0, '送出征求意见时的说明。');
    await waitForAllSaved(writer);
    expect((await secretariat.post(`/api/standards/${standard.id}/stage`, { to: 'public_comment' })).status).toBe(200);
    const { versions } = (await secretariat.get(`/api/standards/${standard.id}/versions`)).body as { versions: Array<{ id: string }> };
    commentVersionId = versions[0]?.id ?? '';
    text.delete(0, text.length);
    text.insert(0, '之后改写的说明。');
    await waitForAllSaved(writer);
    writer.destroy();

    const frozen = await paragraphsOf(secretariat, `/api/standards/${standard.id}/versions/${commentVersionId}/explanatory-statement.docx`);
    expect(frozen).toContain('送出征求意见时的说明。');
    expect(frozen.some((paragraph) => /标准由起草阶段进入征求意见阶段/.test(paragraph))).toBe(false);
    const live = await paragraphsOf(secretariat, `/api/standards/${standard.id}/explanatory-statement.docx`);
    expect(live).toContain('之后改写的说明。');

    // It goes out with the 征求意见稿: a stakeholder of the comment period downloads the frozen one.
    const period = (await secretariat.post(`/api/standards/${standard.id}/comment-periods`, { versionId: commentVersionId, endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString() })).body as { id: string };
    const portal = await paragraphsOf(stakeholder, `/api/comment-periods/${period.id}/explanatory-statement.docx`);
    expect(portal).toContain('送出征求意见时的说明。');
    expect(portal).not.toContain('之后改写的说明。');
    // The stakeholder is not a member: the live statement stays closed to them.
    expect((await stakeholder.get(`/api/standards/${standard.id}/explanatory-statement.docx`)).status).toBe(404);
  });

  it('"更新事实" rewrites only the fact sub-clauses, and only for drafters', async () => {
    const name = documentNameForExplanatoryStatement(standardId);
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'observer', role: 'observer' });
    expect((await observer.post(`/api/standards/${standardId}/explanatory-statement/refresh-facts`)).status).toBe(403);
    expect((await stakeholder.post(`/api/standards/${standardId}/explanatory-statement/refresh-facts`)).status).toBe(404);
    const writer = connectCollaborationClient(drafter, standardId, name);
    await waitForSynced(writer);
    const text = paragraphTextOfChapter(writer.document, '其他');
    text.insert(text.length, '起草组自己的话。');
    await waitForAllSaved(writer);
    const refreshed = await drafter.post(`/api/standards/${standardId}/explanatory-statement/refresh-facts`);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ refreshedClauses: ['主要工作过程', '主要起草单位和起草人及其分工'] });
    await eventually(() => expect(JSON.stringify(writer.document.getXmlFragment('default').toJSON())).toContain('李起草（中国标准化研究院），起草人'));
    writer.destroy();
    const paragraphs = await paragraphsOf(observer, `/api/standards/${standardId}/explanatory-statement.docx`);
    expect(paragraphs.some((paragraph) => paragraph.endsWith('标准由征求意见阶段进入技术审查阶段。'))).toBe(true);
    expect(paragraphs.some((paragraph) => paragraph.endsWith('起草组自己的话。'))).toBe(true);
    expect(paragraphs).toContain('主要起草人及其分工：李起草（中国标准化研究院），起草人。');
    expect(storedDocument(server.databasePath, name).getXmlFragment('default').length).toBe(9);
  });

  it('is part of the review materials, under the rule of the 送审稿', async () => {
    const inReview = await standardInTechnicalReview(secretariat, '机器人 安全');
    const ruleSets = (await secretariat.get('/api/rule-sets')).body as { ruleSets: Array<{ id: string }> };
    const [expert] = await panelMembers(server, 'expert', 1);
    if (!expert || !ruleSets.ruleSets[0]) throw new Error('no panel or rule set');
    const { review } = await setUpReview(inReview, meetingRequest(ruleSets.ruleSets[0].id), [{ username: expert.username }]);
    const paragraphs = await paragraphsOf(expert.client, `/api/reviews/${review.id}/explanatory-statement.docx`);
    expect(paragraphs[0]).toBe('《机器人 安全》编制说明');
    expect((await stakeholder.get(`/api/reviews/${review.id}/explanatory-statement.docx`)).status).toBe(404);
  });

  it.skipIf(findLibreOffice() === null)('exports the PDF', async () => {
    const response = await secretariat.fetchRaw(`/api/standards/${standardId}/explanatory-statement.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});
