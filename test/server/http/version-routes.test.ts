import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { findVersion } from '../../../server/db/repos/versions';
import { createStandardAs, loggedInClient, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../../helpers/collaboration-client';
import { paragraphTextOfChapter, readParagraphOfChapter } from '../../helpers/draft-text';
import { eventually } from '../../helpers/eventually';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('frozen versions', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  const clients: CollaborationClient[] = [];

  function connect(client: ApiClient): CollaborationClient {
    const collaborationClient = connectCollaborationClient(client, standardId);
    clients.push(collaborationClient);
    return collaborationClient;
  }

  async function type(client: CollaborationClient, text: string): Promise<void> {
    const paragraph = paragraphTextOfChapter(client.document, '范围');
    paragraph.insert(paragraph.length, text);
    await waitForAllSaved(client);
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

  it('freezes the acknowledged draft, lists it and serves its document and outline as they were', async () => {
    const writer = connect(secretariat);
    await waitForSynced(writer);
    await type(writer, '第一稿的范围。');
    const created = await secretariat.post(`/api/standards/${standardId}/versions`, { name: '第一稿' });
    expect(created.status).toBe(201);
    const version = created.body as { id: string; name: string; stage: string; reason: string; createdBy: { displayName: string } };
    expect(version).toMatchObject({ name: '第一稿', stage: 'drafting', reason: 'manual', createdBy: { displayName: '王秘书' } });

    await type(writer, '后来加的。');
    const served = (await secretariat.get(`/api/standards/${standardId}/versions/${version.id}`)).body as { document: object; metadata: { title: string } };
    expect(JSON.stringify(served.document)).toContain('第一稿的范围。');
    expect(JSON.stringify(served.document)).not.toContain('后来加的');
    expect(served.metadata.title).toBe('智能制造 术语');
    const outline = (await secretariat.get(`/api/standards/${standardId}/versions/${version.id}/outline`)).body as { items: Array<{ number: string | null }> };
    expect(outline.items.map((item) => item.number)).toEqual([null, '1', '2', '3']);
    expect(((await secretariat.get(`/api/standards/${standardId}/versions`)).body as { versions: unknown[] }).versions).toHaveLength(1);
  });

  it('stays byte-identical after many later edits, and the database refuses to change or delete it', async () => {
    const writer = connect(secretariat);
    await waitForSynced(writer);
    await type(writer, '冻结前');
    const { id } = (await secretariat.post(`/api/standards/${standardId}/versions`, { name: '冻结' })).body as { id: string };
    const readState = (): Buffer => {
      const connection = openDatabase(server.databasePath);
      try {
        const found = findVersion(connection.database, standardId, id);
        if (!found) throw new Error('version missing');
        return Buffer.from(found.version.state);
      } finally {
        connection.close();
      }
    };
    const before = readState();
    for (let round = 0; round < 30; round += 1) await type(writer, `第${round}次修改`);
    expect(readState().equals(before)).toBe(true);

    const sqlite = new BetterSqlite3(server.databasePath);
    try {
      expect(() => sqlite.prepare('UPDATE standard_versions SET name = ?').run('tampered')).toThrow(/cannot be changed/);
      expect(() => sqlite.prepare('DELETE FROM standard_versions').run()).toThrow(/cannot be deleted/);
    } finally {
      sqlite.close();
    }
  });

  it('lets editors freeze but not readers, and hides versions from non-members', async () => {
    await signedUpClient(server.url, 'observer');
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'observer', role: 'observer' });
    const observer = await loggedInClient(server.url, 'observer');
    expect((await observer.post(`/api/standards/${standardId}/versions`, { name: 'x' })).status).toBe(403);
    expect((await observer.get(`/api/standards/${standardId}/versions`)).status).toBe(200);
    const outsider = await signedUpClient(server.url, 'outsider');
    expect((await outsider.get(`/api/standards/${standardId}/versions`)).status).toBe(404);
    expect((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '' })).status).toBe(400);
    expect((await secretariat.get(`/api/standards/${standardId}/versions/nope`)).status).toBe(404);
  });

  it('restores a version through the live document while two providers are connected, keeping a safety copy', async () => {
    const drafter = await signedUpClient(server.url, 'drafter', '李起草');
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
    const first = connect(secretariat);
    const second = connect(drafter);
    await Promise.all([waitForSynced(first), waitForSynced(second)]);
    await type(first, '要恢复的文字');
    const { id } = (await secretariat.post(`/api/standards/${standardId}/versions`, { name: '要恢复的版本' })).body as { id: string };
    await type(second, '，之后又改了');
    await eventually(() => expect(readParagraphOfChapter(first.document, '范围')).toBe('要恢复的文字，之后又改了'));

    const restored = await secretariat.post(`/api/standards/${standardId}/versions/${id}/restore`, {});
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ reason: 'before_restore' });

    await eventually(() => {
      expect(readParagraphOfChapter(first.document, '范围')).toBe('要恢复的文字');
      expect(readParagraphOfChapter(second.document, '范围')).toBe('要恢复的文字');
    });
    await type(second, '恢复后继续写');
    await eventually(() => expect(readParagraphOfChapter(first.document, '范围')).toBe('要恢复的文字恢复后继续写'));
    const safety = (await secretariat.get(`/api/standards/${standardId}/versions/${(restored.body as { id: string }).id}`)).body as { document: object };
    expect(JSON.stringify(safety.document)).toContain('之后又改了');
  });

  it('records who edited which clause', async () => {
    const writer = connect(secretariat);
    await waitForSynced(writer);
    await type(writer, '有人改了范围');
    const scopeId = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
    const scope = scopeId.items.find((item) => item.title === '范围');
    const history = (await secretariat.get(`/api/standards/${standardId}/history?clauseId=${scope?.id ?? ''}`)).body as { entries: Array<{ clauseId: string; user: { displayName: string } }> };
    expect(history.entries.length).toBeGreaterThan(0);
    expect(history.entries[0]).toMatchObject({ clauseId: scope?.id, user: { displayName: '王秘书' } });
    const other = (await secretariat.get(`/api/standards/${standardId}/history?clauseId=not-a-clause`)).body as { entries: unknown[] };
    expect(other.entries).toEqual([]);
  });
});
