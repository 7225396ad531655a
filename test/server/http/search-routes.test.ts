import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import { createStandardAs, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../../helpers/collaboration-client';
import { startTestServer, type TestServer } from '../../helpers/test-server';

interface StandardList {
  standards: Array<{ id: string; title: string }>;
}
interface CommentList {
  comments: Array<{ id: string; comment: string; clauseNumber: string | null }>;
}

/** A term entry 3.1 appended to chapter 3 of the live draft, written over a real socket. */
async function addTermEntry(client: ApiClient, standardId: string): Promise<void> {
  const writer = connectCollaborationClient(client, standardId);
  await waitForSynced(writer);
  const fragment = writer.document.getXmlFragment(collaborationFragmentName);
  // cover, 前言, 1 范围, 2 规范性引用文件, 3 术语和定义
  const chapterThree = fragment.get(4) as Y.XmlElement;
  writer.document.transact(() => {
    const term = new Y.XmlElement('termEntry');
    term.setAttribute('id', 'term-charger');
    const chinese = new Y.XmlElement('termChinese');
    chinese.insert(0, [new Y.XmlText('充电器')]);
    const english = new Y.XmlElement('termEnglish');
    english.insert(0, [new Y.XmlText('charger')]);
    const definition = new Y.XmlElement('termDefinition');
    definition.insert(0, [new Y.XmlText('为蓄电池充电的装置')]);
    term.insert(0, [chinese, english, definition]);
    chapterThree.insert(chapterThree.length, [term]);
  });
  await waitForAllSaved(writer);
  writer.destroy();
}

describe('search over HTTP', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  let periodId: string;

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'search.secretary');
    standardId = await createStandardAs(secretariat, '电动自行车 充电器安全要求');
    await secretariat.post('/api/standards', { title: '智能制造 术语', bodyCode: 'CAS', sequenceNumber: '12' });
    await secretariat.post('/api/standards', { title: '团体标准编写指南', titleEn: 'Guide for drafting group standards' });
    await addTermEntry(secretariat, standardId);
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    const opened = await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString() });
    periodId = (opened.body as { id: string }).id;
    const stakeholder = await signedUpClient(server.url, 'search.commenter');
    await stakeholder.request('PUT', '/api/me/stakeholder-profile', { fullName: '赵磊', organisation: '某某检测研究院', email: 'zhao@example.cn' });
    const document = (await stakeholder.get(`/api/comment-periods/${periodId}/document`)).body as { outline: Array<{ id: string | null; title: string }> };
    const scope = document.outline.find((item) => item.title === '范围')?.id ?? '';
    for (const comment of [
      { clauseId: scope, type: 'te', comment: '范围应写明适用的电压等级。', proposedChange: '增加“额定电压 48 V 以下”' },
      { clauseId: 'term-charger', type: 'ed', comment: '定义过于宽泛。', reason: '与 GB/T 2900 不一致' },
    ]) {
      const submitted = await stakeholder.post(`/api/comment-periods/${periodId}/comments`, comment);
      expect(submitted.status).toBe(201);
    }
  });

  afterAll(async () => {
    await server.stop();
  });

  async function standardsFound(query: string): Promise<string[]> {
    const response = await secretariat.get(`/api/standards?q=${encodeURIComponent(query)}`);
    expect(response.status).toBe(200);
    return (response.body as StandardList).standards.map((standard) => standard.title).sort();
  }

  it('finds standards by number, written any way, and by Chinese or English title', async () => {
    expect(await standardsFound('T/CAS 290')).toEqual(['电动自行车 充电器安全要求']);
    expect(await standardsFound('cas290')).toEqual(['电动自行车 充电器安全要求']);
    expect(await standardsFound('ＣＡＳ １２')).toEqual(['智能制造 术语']);
    expect(await standardsFound('充电器')).toEqual(['电动自行车 充电器安全要求']);
    expect(await standardsFound('group standards')).toEqual(['团体标准编写指南']);
    expect(await standardsFound('没有这个')).toEqual([]);
    expect((await standardsFound('')).length).toBe(3);
  });

  it('finds only the caller’s own standards', async () => {
    const stranger = await signedUpClient(server.url, 'search.stranger');
    expect(((await stranger.get('/api/standards?q=CAS')).body as StandardList).standards).toEqual([]);
  });

  it('refuses an over-long query with 400', async () => {
    expect((await secretariat.get(`/api/standards?q=${'长'.repeat(101)}`)).status).toBe(400);
    expect((await secretariat.get(`/api/standards/${standardId}/comments?q=${'x'.repeat(101)}`)).status).toBe(400);
  });

  it('files the comment on term entry 3.1 as 3.1, and searches comments by text, proposal, reason, organisation and clause', async () => {
    const all = ((await secretariat.get(`/api/standards/${standardId}/comments`)).body as CommentList).comments;
    expect(all.find((comment) => comment.comment === '定义过于宽泛。')?.clauseNumber).toBe('3.1');
    const found = async (query: string) =>
      ((await secretariat.get(`/api/standards/${standardId}/comments?q=${encodeURIComponent(query)}`)).body as CommentList).comments.map((comment) => comment.comment).sort();
    expect(await found('电压等级')).toEqual(['范围应写明适用的电压等级。']);
    expect(await found('48 V')).toEqual(['范围应写明适用的电压等级。']);
    expect(await found('GB/T 2900')).toEqual(['定义过于宽泛。']);
    expect(await found('检测研究院')).toEqual(['定义过于宽泛。', '范围应写明适用的电压等级。']);
    expect(await found('3.1')).toEqual(['定义过于宽泛。']);
    expect(await found('%')).toEqual([]);
  });
});
