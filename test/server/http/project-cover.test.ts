import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../../helpers/collaboration-client';
import { eventually } from '../../helpers/eventually';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { readCsv } from '../exports/office-readers';

function coverOf(document: Y.Doc): Y.XmlElement {
  const first = document.getXmlFragment(collaborationFragmentName).get(0);
  if (!(first instanceof Y.XmlElement) || first.nodeName !== 'cover') throw new Error('the draft has no cover');
  return first;
}

const projectFields = { titleChinese: '智能制造 术语', titleEnglish: 'Intelligent manufacturing—Vocabulary', bodyCode: 'CAS', sequenceNumber: '290' };

describe('the cover and the project record', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  let writer: CollaborationClient;

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'secretary', '王秘书');
    const created = await secretariat.post('/api/standards', { title: '智能制造 术语', titleEn: 'Intelligent manufacturing—Vocabulary', bodyCode: 'CAS', sequenceNumber: '290' });
    expect(created.status).toBe(201);
    standardId = (created.body as { id: string }).id;
    writer = connectCollaborationClient(secretariat, standardId);
    await waitForSynced(writer);
  });

  afterAll(async () => {
    writer.destroy();
    await server.stop();
  });

  it('seeds the cover from the project at creation', () => {
    const cover = coverOf(writer.document);
    expect(Object.fromEntries(Object.keys(projectFields).map((field) => [field, cover.getAttribute(field)]))).toEqual(projectFields);
  });

  it('prints the project number and the cover drafting organisation in the comment table', async () => {
    writer.document.transact(() => coverOf(writer.document).setAttribute('draftingUnits', '中国标准化研究院、某公司'));
    await waitForAllSaved(writer);
    const response = await secretariat.fetchRaw(`/api/standards/${standardId}/comment-table?format=csv`);
    expect(response.status).toBe(200);
    const rows = readCsv(new Uint8Array(await response.arrayBuffer()));
    const header = new Map(rows.filter((row) => row[0] !== '').map((row) => [row[0], row[1]]));
    expect(header.get('标准编号')).toBe('T/CAS 290');
    expect(header.get('负责起草单位')).toBe('中国标准化研究院、某公司');
  });

  it('re-asserts the project fields when a version is restored and at a stage move', async () => {
    writer.document.transact(() => coverOf(writer.document).setAttribute('sequenceNumber', '999'));
    await waitForAllSaved(writer);
    const frozen = (await secretariat.post(`/api/standards/${standardId}/versions`, { name: '改过编号的稿' })).body as { id: string };
    expect((await secretariat.post(`/api/standards/${standardId}/versions/${frozen.id}/restore`, {})).status).toBe(200);
    await eventually(() => expect(coverOf(writer.document).getAttribute('sequenceNumber')).toBe('290'));

    writer.document.transact(() => coverOf(writer.document).setAttribute('titleChinese', '别的标题'));
    await waitForAllSaved(writer);
    expect((await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'public_comment' })).status).toBe(200);
    await eventually(() => expect(coverOf(writer.document).getAttribute('titleChinese')).toBe('智能制造 术语'));
    expect(coverOf(writer.document).getAttribute('draftLabel')).toBe('征求意见稿');
  });
});
