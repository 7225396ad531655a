import Database from 'better-sqlite3';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { parse as parseContentDisposition } from 'content-disposition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentSchema } from '../../../server/documents/document-schema';
import { MerkleTree, merkleLeafHash } from '../../../server/ledger/merkle-tree';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../../helpers/collaboration-client';
import { positionsOfText } from '../../helpers/text-positions';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';
import { createClauseElement, topLevelElements } from '../../helpers/yjs-clauses';
import { readCsv, readWordDocument, readWorkbook } from '../exports/office-readers';

const wordType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const nationalHeading = ['序号', '标准章条编号', '意见内容', '修改建议', '提出单位', '处理意见', '备注'];


/** A clause whose first paragraph says `text`; children of an element not yet in a document cannot be read, so it is built whole. */
function clauseWithText(id: string, title: string, text: string): Y.XmlElement {
  const clause = createClauseElement(id, title);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  clause.delete(1, 1);
  clause.insert(1, [paragraph]);
  return clause;
}

interface Download {
  status: number;
  bytes: Uint8Array;
  headers: Headers;
}

describe('GET /api/standards/:id/comment-table', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let reviewer: ApiClient;
  let bystander: ApiClient;
  let standardId: string;
  let periodId: string;
  let periodVersionId: string;
  let writer: CollaborationClient;
  const ids: Record<'sample' | 'requirement' | 'withdrawn' | 'undecided' | 'pending', string> = { sample: '', requirement: '', withdrawn: '', undecided: '', pending: '' };

  async function download(client: ApiClient, format: string, extra = ''): Promise<Download> {
    const response = await client.fetchRaw(`/api/standards/${standardId}/comment-table?format=${format}${extra}`);
    return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()), headers: response.headers };
  }

  function latestCheckpoint(): { treeSize: number; rootHash: string; timestamp: string; leaves: Buffer[] } {
    const database = new Database(server.databasePath, { readonly: true });
    try {
      const checkpoint = database.prepare('SELECT tree_size AS treeSize, root_hash AS rootHash, timestamp FROM ledger_checkpoints ORDER BY tree_size DESC LIMIT 1').get() as {
        treeSize: number;
        rootHash: string;
        timestamp: string;
      };
      const records = database.prepare('SELECT canonical FROM ledger_records WHERE sequence <= ? ORDER BY sequence').all(checkpoint.treeSize) as Array<{ canonical: string }>;
      return { ...checkpoint, leaves: records.map(({ canonical }) => merkleLeafHash(canonical)) };
    } finally {
      database.close();
    }
  }

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
    drafter = await signedUpClient(server.url, 'drafter', '起草人');
    reviewer = await signedUpClient(server.url, 'reviewer', '审查专家');
    bystander = await signedUpClient(server.url, 'bystander', '路人');
    for (const [username, role] of [['drafter', 'drafter'], ['reviewer', 'reviewer']] as const) {
      expect((await secretariat.post(`/api/standards/${standardId}/members`, { username, role })).status).toBe(201);
    }

    writer = connectCollaborationClient(secretariat, standardId);
    await waitForSynced(writer);
    const fragment = writer.document.getXmlFragment(collaborationFragmentName);
    writer.document.transact(() => {
      const cover = fragment.get(0) as Y.XmlElement;
      cover.setAttribute('draftingUnits', '某研究院、某公司。');
      const chapterFive = createClauseElement('chapter-5', '试验方法');
      chapterFive.delete(1, 1);
      chapterFive.insert(1, [clauseWithText('clause-5-1', '试验条件', '温度为23℃。'), clauseWithText('clause-5-2', '试验步骤', '按下列步骤进行试验。')]);
      fragment.insert(fragment.length, [clauseWithText('chapter-4', '要求', '产品应符合要求。'), chapterFive]);
    });
    await waitForAllSaved(writer);

    const outline = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
    const scopeClauseId = outline.items.find((item) => item.title === '范围')?.id ?? '';
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    periodVersionId = versionId;
    const opened = await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString() });
    expect(opened.status).toBe(201);
    periodId = (opened.body as { id: string }).id;

    const zhang = await signedUpClient(server.url, 'zhang', '张工');
    const li = await signedUpClient(server.url, 'liwei', '李工');
    await zhang.request('PUT', '/api/me/stakeholder-profile', { fullName: '张工', organisation: '某检测研究院', email: 'zhang@example.com', phone: '010-12345678' });
    await li.request('PUT', '/api/me/stakeholder-profile', { fullName: '李工', organisation: '某大学', email: 'li@example.com' });
    const frozen = (await zhang.get(`/api/comment-periods/${periodId}/document`)).body as { document: Record<string, unknown> };
    const passage = positionsOfText(ProseMirrorNode.fromJSON(documentSchema, frozen.document), '符合要求');

    const submit = async (client: ApiClient, body: Record<string, unknown>): Promise<string> => {
      const response = await client.post(`/api/comment-periods/${periodId}/comments`, body);
      expect(response.status).toBe(201);
      return (response.body as { id: string }).id;
    };
    ids.sample = await submit(zhang, { clauseId: 'clause-5-2', type: 'te', comment: '试验步骤缺少预处理。', proposedChange: '增加预处理步骤。', reason: '保证结果可比' });
    ids.requirement = await submit(li, { clauseId: 'chapter-4', type: 'ed', comment: '“符合要求”过于笼统。', proposedChange: '改为“符合表1的要求”。', passage });
    ids.withdrawn = await submit(zhang, { clauseId: scopeClauseId, type: 'ge', comment: '将撤回的意见。' });
    ids.undecided = await submit(li, { clauseId: 'clause-5-2', type: 'te', comment: '步骤顺序有误, 应先"称量"。' });
    ids.pending = await submit(zhang, { clauseId: 'clause-5-1', type: 'te', elementReference: '注1', comment: '温度偏差未规定。' });

    expect((await zhang.request('PUT', `/api/comments/${ids.sample}`, { type: 'te', comment: '试验步骤缺少样品预处理。', proposedChange: '增加样品预处理步骤。', reason: '保证结果可比' })).status).toBe(200);
    expect((await zhang.post(`/api/comments/${ids.withdrawn}/withdraw`)).status).toBe(200);

    const decide = async (client: ApiClient, commentId: string, body: Record<string, unknown>): Promise<void> => {
      expect((await client.post(`/api/comments/${commentId}/dispositions`, body)).status).toBe(201);
    };
    await decide(drafter, ids.sample, { decision: 'not_accepted', reason: '现有步骤已足够。' });
    await decide(secretariat, ids.sample, { decision: 'partially_accepted', reason: '增加预处理，不规定时间。', changeRef: { clauseId: 'clause-5-2' } });
    await decide(drafter, ids.requirement, { decision: 'accepted' });
    await decide(drafter, ids.pending, { decision: 'pending' });
    expect((await zhang.post(`/api/comments/${ids.sample}/reactions`, { satisfied: false, note: '仍需规定时间。' })).status).toBe(201);

    const chapterFour = topLevelElements(writer.document).find((element) => element.getAttribute('id') === 'chapter-4');
    ((chapterFour?.get(1) as Y.XmlElement).get(0) as Y.XmlText).insert('产品应符合'.length, '表1的');
    await waitForAllSaved(writer);
  });
  afterAll(async () => {
    writer.destroy();
    await server.stop();
  });

  const expectedNationalRows = [
    ['1', '1', '将撤回的意见。', '', '某检测研究院', '', '已撤回'],
    ['2', '4', '“符合要求”过于笼统。', '改为“符合表1的要求”。', '某大学', '采纳', ''],
    ['3', '5.1', '温度偏差未规定。', '', '某检测研究院', '待定', ''],
    ['4', '5.2', '试验步骤缺少样品预处理。', '增加样品预处理步骤。', '某检测研究院', '部分采纳：增加预处理，不规定时间。', '修改见5.2\n提出单位表示不满意：仍需规定时间。'],
    ['5', '5.2', '步骤顺序有误, 应先"称量"。', '', '某大学', '未处理', ''],
  ];

  function expectHeaderFields(lines: string[], checkpoint: { treeSize: number; rootHash: string; timestamp: string }): void {
    const text = lines.join('\n');
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(checkpoint.timestamp));
    expect(text).toContain('标准项目名称：智能制造 术语');
    expect(text).toContain('负责起草单位：某研究院、某公司');
    expect(text).toContain('承办人：secretary');
    expect(text).toContain(`日期：${date}`);
    expect(text).toMatch(new RegExp(`核验：本表依据记录日志生成，截至 \\d{4}年\\d{1,2}月\\d{1,2}日 共 ${checkpoint.treeSize} 条记录，可在 http://\\S+/verify 核验。`));
    expect(text).not.toContain(checkpoint.rootHash);
  }

  it('builds the national .docx from the log up to a signed checkpoint that covers every record and adds up to its root', async () => {
    const response = await download(secretariat, 'docx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(wordType);
    const checkpoint = latestCheckpoint();
    expect(checkpoint.treeSize).toBe(checkpoint.leaves.length);
    expect(new MerkleTree(checkpoint.leaves).root().toString('hex')).toBe(checkpoint.rootHash);
    const events = checkpoint.leaves.length;
    expect(events).toBe(1 + 5 + 1 + 1 + 4 + 1);

    const document = await readWordDocument(response.bytes);
    expectHeaderFields(document.paragraphs, checkpoint);
    expect(document.tables[0]).toEqual([nationalHeading, ...expectedNationalRows]);
    expect(document.footerFieldCodes).toEqual(expect.arrayContaining([expect.stringMatching(/^PAGE\b/), expect.stringMatching(/^NUMPAGES\b/)]));
    expect(document.paragraphs.join('\n')).not.toMatch(/zhang@example\.com|010-12345678|现有步骤已足够/);
  });

  it('names the file in UTF-8 (RFC 5987) with an ASCII fallback', async () => {
    const response = await download(secretariat, 'docx');
    const header = response.headers.get('content-disposition') ?? '';
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(latestCheckpoint().timestamp));
    expect(header).toMatch(/^attachment; filename="?comment-table-docx-\d{4}-\d{2}-\d{2}\.docx"?; filename\*=UTF-8''%E6%99%BA/);
    expect(parseContentDisposition(header)).toMatchObject({ type: 'attachment', parameters: { filename: `智能制造 术语 征求意见汇总处理表 ${date}.docx` } });
  });

  it('gives the same rows as .xlsx and as CSV with a byte-order mark', async () => {
    const checkpoint = latestCheckpoint();
    const workbook = await download(reviewer, 'xlsx');
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { rows } = await readWorkbook(workbook.bytes);
    expectHeaderFields(rows.map((cells) => `${cells[0]}：${cells[2]}`), checkpoint);
    const headingIndex = rows.findIndex((cells) => cells[0] === '序号');
    expect(rows.slice(headingIndex, headingIndex + 1 + expectedNationalRows.length)).toEqual([nationalHeading, ...expectedNationalRows]);
    expect(rows.at(-1)?.[0]).toMatch(/^\* 检查点哈希：[0-9a-f]{64}$/);

    const csv = await download(reviewer, 'csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = readCsv(csv.bytes);
    expectHeaderFields(records.map(([label, value]) => `${label}：${value}`), checkpoint);
    expect(records.slice(records.findIndex((cells) => cells[0] === '序号'))).toEqual([nationalHeading, ...expectedNationalRows]);
  });

  it('fills the association layout from the quoted passage or the frozen clause, and 修改后内容 only from a named change', async () => {
    const response = await download(drafter, 'association-docx');
    expect(response.headers.get('content-type')).toBe(wordType);
    const document = await readWordDocument(response.bytes);
    expectHeaderFields(document.paragraphs, latestCheckpoint());
    expect(document.tables[0]).toEqual([
      ['序号', '章节号', '原文', '修改后内容', '理由'],
      ['1', '1', '范围', '', '已撤回'],
      ['2', '4', '符合要求', '', '采纳'],
      ['3', '5.1', '试验条件\n温度为23℃。', '', '待定'],
      ['4', '5.2', '试验步骤\n按下列步骤进行试验。', '试验步骤\n按下列步骤进行试验。', '部分采纳：增加预处理，不规定时间。\n提出理由：保证结果可比'],
      ['5', '5.2', '试验步骤\n按下列步骤进行试验。', '', '未处理'],
    ]);
  });

  it('fills the ISO/IEC template with organisations, types and observations in English', async () => {
    const document = await readWordDocument((await download(secretariat, 'iso-docx')).bytes);
    const checkpoint = latestCheckpoint();
    expect(document.paragraphs.join('\n')).toContain(`This table was generated from the record log, which held ${checkpoint.treeSize} records on`);
    expect(document.footnotes.join('\n')).toMatch(/检查点哈希 Checkpoint hash: [0-9a-f]{64}/);
    expect(document.tables[0]?.slice(1)).toEqual([
      ['某检测研究院', '', '1', '', 'ge', '将撤回的意见。', '', 'Withdrawn by the commenter'],
      ['某大学', '', '4', '', 'ed', '“符合要求”过于笼统。', '改为“符合表1的要求”。', 'Accepted'],
      ['某检测研究院', '', '5.1', '注1', 'te', '温度偏差未规定。', '', 'Pending'],
      ['某检测研究院', '', '5.2', '', 'te', '试验步骤缺少样品预处理。\nReason: 保证结果可比', '增加样品预处理步骤。', 'Accepted in part: 增加预处理，不规定时间。\nChanged in 5.2\nCommenter not satisfied: 仍需规定时间。'],
      ['某大学', '', '5.2', '', 'te', '步骤顺序有误, 应先"称量"。', '', 'Not yet processed'],
    ]);
  });

  it('prints what the log recorded, not what the working tables say now', async () => {
    const database = new Database(server.databasePath);
    try {
      database.prepare('UPDATE comments SET comment = ? WHERE id = ?').run('事后改写的意见', ids.undecided);
    } finally {
      database.close();
    }
    const records = readCsv((await download(secretariat, 'csv')).bytes);
    expect(records.flat()).toContain('步骤顺序有误, 应先"称量"。');
    expect(records.flat()).not.toContain('事后改写的意见');
  });

  it('lists the chosen period, and refuses unknown periods and formats, non-members and anonymous requests', async () => {
    expect((await download(secretariat, 'csv', `&periodId=${periodId}`)).status).toBe(200);
    const unknownPeriod = await secretariat.get(`/api/standards/${standardId}/comment-table?format=csv&periodId=nope`);
    expect(unknownPeriod.status).toBe(404);
    expect(unknownPeriod.body).toMatchObject({ error: { code: 'not_found' } });
    const badFormat = await secretariat.get(`/api/standards/${standardId}/comment-table?format=pdf`);
    expect(badFormat.status).toBe(400);
    expect(badFormat.body).toMatchObject({ error: { code: 'invalid_request' } });
    const outsider = await bystander.get(`/api/standards/${standardId}/comment-table?format=docx`);
    expect(outsider.status).toBe(404);
    expect(outsider.body).toMatchObject({ error: { code: 'not_found' } });
    expect((await fetch(`${server.url}/api/standards/${standardId}/comment-table?format=docx`)).status).toBe(401);
  });

  it('fills 修改后内容 from the element in the version that implements the change, tables row by row', async () => {
    const clause = (): Y.XmlElement => {
      const chapterFive = topLevelElements(writer.document).find((element) => element.getAttribute('id') === 'chapter-5');
      const found = chapterFive?.toArray().find((child): child is Y.XmlElement => child instanceof Y.XmlElement && child.getAttribute('id') === 'clause-5-2');
      if (!found) throw new Error('clause 5.2 is missing');
      return found;
    };
    const paragraphText = (): Y.XmlText => (clause().get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const cell = (type: 'tableHeader' | 'tableCell', text: string): Y.XmlElement => {
      const element = new Y.XmlElement(type);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      element.insert(0, [paragraph]);
      return element;
    };
    const row = (cells: Y.XmlElement[]): Y.XmlElement => {
      const element = new Y.XmlElement('tableRow');
      element.insert(0, cells);
      return element;
    };
    writer.document.transact(() => {
      paragraphText().insert(0, '先称量，再');
      const tableBlock = new Y.XmlElement('tableBlock');
      tableBlock.setAttribute('id', 'table-5-2');
      const title = new Y.XmlElement('tableTitle');
      title.insert(0, [new Y.XmlText('试验参数')]);
      const table = new Y.XmlElement('table');
      table.insert(0, [row([cell('tableHeader', '参数'), cell('tableHeader', '值')]), row([cell('tableCell', '温度'), cell('tableCell', '23℃')])]);
      tableBlock.insert(0, [title, table]);
      clause().insert(2, [tableBlock]);
    });
    await waitForAllSaved(writer);
    const implementing = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '处理后稿' })).body as { id: string }).id;
    paragraphText().insert(0, '之后又改：');
    await waitForAllSaved(writer);
    const changeRef = { clauseId: 'clause-5-2', fromVersionId: periodVersionId, toVersionId: implementing };
    expect((await secretariat.post(`/api/comments/${ids.undecided}/dispositions`, { decision: 'accepted', changeRef })).status).toBe(201);

    const document = await readWordDocument((await download(drafter, 'association-docx')).bytes);
    const revised = new Map(document.tables[0]?.slice(1).map((cells) => [cells[0], cells[3]]));
    expect(revised.get('5')).toBe('试验步骤\n先称量，再按下列步骤进行试验。\n试验参数\n参数 | 值\n温度 | 23℃');
    expect(revised.get('4')).toBe('试验步骤\n之后又改：先称量，再按下列步骤进行试验。\n试验参数\n参数 | 值\n温度 | 23℃');
    expect(revised.get('2')).toBe('');
  });
});
