import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStandardAs, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../../helpers/collaboration-client';
import { chapterTitles, paragraphTextOfChapter, readParagraphOfChapter } from '../../helpers/draft-text';
import { eventually } from '../../helpers/eventually';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('live co-authoring over the collaboration websocket', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  const clients: CollaborationClient[] = [];

  function connect(apiClient: ApiClient, documentName?: string): CollaborationClient {
    const client = connectCollaborationClient(apiClient, standardId, documentName);
    clients.push(client);
    return client;
  }

  beforeEach(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'secretary', '王秘书');
    standardId = await createStandardAs(secretariat);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  it('serves the server-seeded GB/T 1.1 skeleton', async () => {
    const client = connect(secretariat);
    await waitForSynced(client);
    expect(chapterTitles(client.document)).toEqual(['范围', '规范性引用文件', '术语和定义']);
  });

  it('converges two editors typing into the same paragraph', async () => {
    const drafter = await signedUpClient(server.url, 'drafter');
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
    const first = connect(secretariat);
    const second = connect(drafter);
    await Promise.all([waitForSynced(first), waitForSynced(second)]);

    paragraphTextOfChapter(first.document, '范围').insert(0, '本文件规定了');
    await eventually(() => expect(readParagraphOfChapter(second.document, '范围')).toBe('本文件规定了'));
    paragraphTextOfChapter(second.document, '范围').insert(6, '术语。');
    paragraphTextOfChapter(first.document, '范围').insert(0, '【');

    await eventually(() => {
      const firstText = readParagraphOfChapter(first.document, '范围');
      expect(firstText).toBe(readParagraphOfChapter(second.document, '范围'));
      expect(firstText).toBe('【本文件规定了术语。');
    });
  });

  it("ignores a reader's edit: nothing changes for anyone, and the reader is not told it was saved", async () => {
    const reviewer = await signedUpClient(server.url, 'reviewer');
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'reviewer', role: 'reviewer' });
    const readerClient = connect(reviewer);
    const editorClient = connect(secretariat);
    await Promise.all([waitForSynced(readerClient), waitForSynced(editorClient)]);

    paragraphTextOfChapter(readerClient.document, '范围').insert(0, 'forged by a reader');
    await eventually(() => expect(readerClient.provider.unsyncedChanges).toBeGreaterThan(0));
    paragraphTextOfChapter(editorClient.document, '范围').insert(0, 'real edit');
    await waitForAllSaved(editorClient);

    const late = connect(secretariat);
    await waitForSynced(late);
    await eventually(() => expect(readParagraphOfChapter(late.document, '范围')).toBe('real edit'));
    expect(readParagraphOfChapter(editorClient.document, '范围')).toBe('real edit');
  });

  it('replaces a forged awareness name with the authenticated user', async () => {
    const drafter = await signedUpClient(server.url, 'drafter', '李起草');
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
    const forger = connect(drafter);
    const watcher = connect(secretariat);
    await Promise.all([waitForSynced(forger), waitForSynced(watcher)]);

    forger.provider.setAwarenessField('user', { id: 'someone-else', name: '王秘书', color: '#000000' });

    await eventually(() => {
      const state = watcher.provider.awareness?.getStates().get(forger.document.clientID);
      expect(state?.user).toMatchObject({ name: '李起草' });
      expect(state?.user.id).not.toBe('someone-else');
    });
  });

  it('refuses an unknown document and a non-member', async () => {
    const unknownDocument = connect(secretariat, 'standard:doesnotexist');
    const outsider = await signedUpClient(server.url, 'outsider');
    const outsiderClient = connect(outsider);
    await eventually(() => {
      expect(unknownDocument.authenticationFailures.length).toBeGreaterThan(0);
      expect(outsiderClient.authenticationFailures.length).toBeGreaterThan(0);
    });
    expect(unknownDocument.provider.isSynced).toBe(false);
    expect(outsiderClient.provider.isSynced).toBe(false);
  });
});
