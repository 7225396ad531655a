import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentNameForExplanatoryStatement } from '../../../shared/collab/document-name';
import { createStandardAs, loggedInClient, signedUpClient } from '../../helpers/api-client';
import { startChildServer, type ChildServer } from '../../helpers/child-server';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../../helpers/collaboration-client';
import { chapterTitles, paragraphTextOfChapter, readParagraphOfChapter } from '../../helpers/draft-text';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';
import { storedDocument } from '../../reliability/support/stored-document';

const principles = '编制原则和主要内容';

describe('the 编制说明 is saved like the draft', () => {
  const directory = createTemporaryDirectory();
  const databasePath = join(directory.path, 'normdraft.db');
  let server: ChildServer | null = null;
  const clients: CollaborationClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.kill('SIGKILL');
  });

  it('is seeded with its chapters, keeps an acknowledged edit on disk and after kill -9, apart from the draft', async () => {
    server = await startChildServer(databasePath);
    const api = await signedUpClient(server.url, 'secretary');
    const standardId = await createStandardAs(api);
    const documentName = documentNameForExplanatoryStatement(standardId);

    const writer = connectCollaborationClient(api, standardId, documentName);
    clients.push(writer);
    await waitForSynced(writer);
    expect(chapterTitles(writer.document)).toEqual([
      '工作简况',
      principles,
      '主要试验（或验证）情况',
      '知识产权',
      '采用国际标准和国外先进标准情况',
      '与现行法律法规、强制性标准和其他标准的关系',
      '重大分歧意见的处理经过和依据',
      '实施标准的要求和措施建议',
      '其他',
    ]);

    const text = paragraphTextOfChapter(writer.document, principles);
    text.delete(0, text.length);
    for (const word of ['本标准', '按照', '协商一致', '原则', '编制。']) text.insert(text.length, word);
    await waitForAllSaved(writer);
    // Acknowledged means written: the database has it while the server still runs.
    expect(readParagraphOfChapter(storedDocument(databasePath, documentName), principles)).toBe('本标准按照协商一致原则编制。');

    await server.kill('SIGKILL');
    writer.destroy();
    clients.splice(clients.indexOf(writer), 1);

    server = await startChildServer(databasePath);
    const again = await loggedInClient(server.url, 'secretary');
    const reader = connectCollaborationClient(again, standardId, documentName);
    clients.push(reader);
    await waitForSynced(reader);
    expect(readParagraphOfChapter(reader.document, principles)).toBe('本标准按照协商一致原则编制。');
    expect(chapterTitles(reader.document)).toHaveLength(9);

    const draft = connectCollaborationClient(again, standardId);
    clients.push(draft);
    await waitForSynced(draft);
    expect(chapterTitles(draft.document)).toEqual(['范围', '规范性引用文件', '术语和定义']);
  }, 60_000);
});
