import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { numberDocument } from '../../../shared/document/numbering';
import { outlineOf } from '../../../shared/document/outline';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import { documentSchema } from '../../../server/documents/document-schema';
import { createStandardAs, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../../helpers/collaboration-client';
import { chapterTitles } from '../../helpers/draft-text';
import { eventually } from '../../helpers/eventually';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { createClauseElement, moveTopLevelElement, topLevelElements } from '../../helpers/yjs-clauses';

function outlineOfYDocument(document: Y.Doc) {
  const node = yXmlFragmentToProseMirrorRootNode(document.getXmlFragment(collaborationFragmentName), documentSchema);
  node.check();
  return outlineOf(numberDocument(node)).map(({ id, kind, number, title, level }) => ({ id, kind, number, title, level }));
}

describe('concurrent structural edits', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  const clients: CollaborationClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'secretary');
    standardId = await createStandardAs(secretariat);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  it('converges when one person moves a chapter while another inserts chapters and sub-clauses, and the API outline agrees', async () => {
    const first = connectCollaborationClient(secretariat, standardId);
    const second = connectCollaborationClient(secretariat, standardId);
    clients.push(first, second);
    await Promise.all([waitForSynced(first), waitForSynced(second)]);

    // Both edits are made before either side hears of the other. The draft starts with its cover, then 前言.
    moveTopLevelElement(first.document, 4, 3);
    const fragment = second.document.getXmlFragment(collaborationFragmentName);
    second.document.transact(() => {
      fragment.insert(fragment.length, [createClauseElement('chapter-requirements', '技术要求'), createClauseElement('chapter-tests', '试验方法')]);
      const scope = topLevelElements(second.document)[2];
      scope?.insert(scope.length, [createClauseElement('clause-scope-1', '适用范围'), createClauseElement('clause-scope-2', '不适用范围')]);
    });

    await Promise.all([waitForAllSaved(first), waitForAllSaved(second)]);
    await eventually(() => expect(first.document.getXmlFragment(collaborationFragmentName).toJSON()).toBe(fragment.toJSON()));
    expect(chapterTitles(first.document)).toEqual(['范围', '术语和定义', '规范性引用文件', '技术要求', '试验方法']);

    const localOutline = outlineOfYDocument(first.document);
    expect(localOutline.map((item) => `${item.number ?? ''} ${item.title}`)).toEqual([
      ' 前言',
      '1 范围',
      '1.1 适用范围',
      '1.2 不适用范围',
      '2 术语和定义',
      '3 规范性引用文件',
      '4 技术要求',
      '5 试验方法',
    ]);
    expect(outlineOfYDocument(second.document)).toEqual(localOutline);
    const fromApi = await secretariat.get(`/api/standards/${standardId}/outline`);
    expect(fromApi.status).toBe(200);
    expect((fromApi.body as { items: unknown[] }).items).toEqual(localOutline);
  });
});
