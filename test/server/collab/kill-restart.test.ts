import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStandardAs, loggedInClient, signedUpClient } from '../../helpers/api-client';
import { startChildServer, type ChildServer } from '../../helpers/child-server';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../../helpers/collaboration-client';
import { paragraphTextOfChapter, readParagraphOfChapter } from '../../helpers/draft-text';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';

const killRounds = Number(process.env.KILL_ROUNDS ?? 3);

describe('an acknowledged edit survives kill -9', () => {
  const directory = createTemporaryDirectory();
  const databasePath = join(directory.path, 'normdraft.db');
  let server: ChildServer | null = null;
  const clients: CollaborationClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.kill('SIGKILL');
  });

  async function readScopeAfterRestart(standardId: string): Promise<string> {
    server = await startChildServer(databasePath);
    const login = await loggedInClient(server.url, 'secretary');
    const reader = connectCollaborationClient(login, standardId);
    clients.push(reader);
    await waitForSynced(reader);
    return readParagraphOfChapter(reader.document, '范围');
  }

  it('keeps every edit that was acknowledged before the process was killed, round after round', async () => {
    server = await startChildServer(databasePath);
    let api = await signedUpClient(server.url, 'secretary');
    const standardId = await createStandardAs(api);
    let expected = '';

    for (let round = 0; round < killRounds; round += 1) {
      const writer = connectCollaborationClient(api, standardId);
      clients.push(writer);
      await waitForSynced(writer);
      const text = paragraphTextOfChapter(writer.document, '范围');
      const editCount = 40 + round * 20;
      for (let edit = 0; edit < editCount; edit += 1) {
        text.insert(text.length, String.fromCharCode(0x4e00 + ((round * 97 + edit) % 500)));
        if (edit % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await waitForAllSaved(writer);
      expected = text.toString();
      await server.kill('SIGKILL');
      writer.destroy();
      clients.splice(clients.indexOf(writer), 1);

      const recovered = await readScopeAfterRestart(standardId);
      expect(recovered).toBe(expected);
      api = await loggedInClient(server.url, 'secretary');
    }
    expect(expected.length).toBe(Array.from({ length: killRounds }, (_, round) => 40 + round * 20).reduce((sum, count) => sum + count, 0));
  });

  it('keeps the last fully saved text when the kill lands in the middle of typing', async () => {
    server = await startChildServer(databasePath);
    const api = await loggedInClient(server.url, 'secretary');
    const standardId = await createStandardAs(api, '在打字中途被杀');
    const writer = connectCollaborationClient(api, standardId);
    clients.push(writer);
    await waitForSynced(writer);
    const text = paragraphTextOfChapter(writer.document, '范围');
    let lastSavedText = '';
    writer.provider.on('unsyncedChanges', () => {
      if (writer.provider.unsyncedChanges === 0) lastSavedText = text.toString();
    });

    for (let edit = 0; edit < 300; edit += 1) {
      text.insert(text.length, String(edit % 10));
      if (edit === 150) await waitForAllSaved(writer);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const savedAtKill = lastSavedText;
    await server.kill('SIGKILL');
    expect(savedAtKill.length).toBeGreaterThan(150);

    const recovered = await readScopeAfterRestart(standardId);
    expect(recovered.startsWith(savedAtKill)).toBe(true);
  });

  it('reconnects by itself after the server comes back and saves what was typed while it was down', async () => {
    server = await startChildServer(databasePath);
    const port = new URL(server.url).port;
    const api = await loggedInClient(server.url, 'secretary');
    const standardId = await createStandardAs(api, '断线重连');
    const writer = connectCollaborationClient(api, standardId);
    clients.push(writer);
    await waitForSynced(writer);
    const text = paragraphTextOfChapter(writer.document, '范围');
    text.insert(0, '断线前');
    await waitForAllSaved(writer);

    await server.kill('SIGKILL');
    text.insert(text.length, '，断线时输入');
    expect(writer.provider.unsyncedChanges).toBeGreaterThan(0);

    server = await startChildServer(databasePath, Number(port));
    await waitForAllSaved(writer, 30_000);
    writer.destroy();
    clients.splice(clients.indexOf(writer), 1);
    await server.kill('SIGKILL');
    expect(await readScopeAfterRestart(standardId)).toBe('断线前，断线时输入');
  });
});
