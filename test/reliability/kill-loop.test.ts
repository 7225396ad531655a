import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { createStandardAs, loggedInClient, signedUpClient, type ApiClient } from '../helpers/api-client';
import { startChildServer, type ChildServer } from '../helpers/child-server';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../helpers/collaboration-client';
import { paragraphTextOfChapter, readParagraphOfChapter } from '../helpers/draft-text';
import { eventually } from '../helpers/eventually';
import { createTemporaryDirectory } from '../helpers/temporary-directory';
import { scaled } from './support/reliability-scale';
import { integrityCheck, storedDocument } from './support/stored-document';

const killCount = scaled(5, 20);
const chapters = ['范围', '规范性引用文件', '术语和定义'];

/** One provider typing numbered tokens into its own chapter, remembering which ones the server acknowledged. */
interface Typist {
  name: string;
  chapter: string;
  client: CollaborationClient;
  typed: string[];
  /** How many of `typed` the server had acknowledged (written to disk) when the provider last had nothing unsaved. */
  acknowledged: number;
  timer: NodeJS.Timeout | null;
}

/** Types a burst of one to three tokens every 15–30 ms, so the provider regularly has nothing unsaved. */
function startTyping(typist: Typist): void {
  const text = paragraphTextOfChapter(typist.client.document, typist.chapter);
  typist.client.provider.on('unsyncedChanges', () => {
    if (typist.client.provider.unsyncedChanges === 0) typist.acknowledged = typist.typed.length;
  });
  const typeBurst = (): void => {
    const burst = 1 + (typist.typed.length % 3);
    for (let token = 0; token < burst; token += 1) {
      const typed = `〔${typist.name}${typist.typed.length}〕`;
      typist.typed.push(typed);
      text.insert(text.length, typed);
    }
    typist.timer = setTimeout(typeBurst, 15 + (typist.typed.length % 4) * 5);
  };
  typeBurst();
}

function stopTyping(typist: Typist): void {
  if (typist.timer) clearTimeout(typist.timer);
  typist.timer = null;
}

function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('kill -9 during continuous editing by three providers', () => {
  const directory = createTemporaryDirectory();
  const databasePath = join(directory.path, 'normdraft.db');
  let server: ChildServer | null = null;
  const typists: Typist[] = [];

  afterAll(async () => {
    for (const typist of typists) {
      stopTyping(typist);
      typist.client.destroy();
    }
    await server?.kill('SIGKILL');
    directory.remove();
  });

  it(`loses no acknowledged edit over ${killCount} kills, ends with equal replicas and a sound database`, async () => {
    server = await startChildServer(databasePath);
    const port = Number(new URL(server.url).port);
    const secretariat = await signedUpClient(server.url, 'secretary');
    const standardId = await createStandardAs(secretariat, '断电测试');
    const documentName = documentNameForStandard(standardId);
    const accounts: ApiClient[] = [secretariat];
    for (const username of ['drafter-one', 'drafter-two']) {
      accounts.push(await signedUpClient(server.url, username));
      expect((await secretariat.post(`/api/standards/${standardId}/members`, { username, role: 'drafter' })).status).toBe(201);
    }
    for (const [index, account] of accounts.entries()) {
      const client = connectCollaborationClient(account, standardId);
      await waitForSynced(client);
      typists.push({ name: 'ABC'[index] ?? '?', chapter: chapters[index] ?? '范围', client, typed: [], acknowledged: 0, timer: null });
    }
    for (const typist of typists) startTyping(typist);

    let checkedTokens = 0;
    for (let kill = 0; kill < killCount; kill += 1) {
      // Each round kills a server that has already saved new edits from everyone since the last kill.
      const savedBefore = typists.map((typist) => typist.acknowledged);
      await eventually(() => expect(typists.every((typist, index) => typist.acknowledged > (savedBefore[index] ?? 0))).toBe(true), 60_000);
      await pause(100 + ((kill * 137) % 300));
      await server.kill('SIGKILL');
      const acknowledgedAtKill = typists.map((typist) => typist.typed.slice(0, typist.acknowledged));

      const onDisk = storedDocument(databasePath, documentName);
      for (const [index, typist] of typists.entries()) {
        const stored = readParagraphOfChapter(onDisk, typist.chapter);
        for (const token of acknowledgedAtKill[index] ?? []) expect(stored, `${token} was acknowledged before kill ${kill + 1}`).toContain(token);
        checkedTokens += acknowledgedAtKill[index]?.length ?? 0;
      }
      onDisk.destroy();
      expect(integrityCheck(databasePath)).toBe('ok');
      server = await startChildServer(databasePath, port);
    }

    for (const typist of typists) stopTyping(typist);
    for (const typist of typists) await waitForAllSaved(typist.client, 60_000);
    const typedTotal = typists.reduce((sum, typist) => sum + typist.typed.length, 0);
    console.info(`kill loop: ${killCount} kills, ${typedTotal} tokens typed, ${checkedTokens} acknowledged-token checks against the file after a kill`);

    const reader = connectCollaborationClient(await loggedInClient(server.url, 'secretary'), standardId);
    await waitForSynced(reader);
    for (const typist of typists) {
      expect(Y.encodeStateVector(typist.client.document)).toEqual(Y.encodeStateVector(reader.document));
      expect(readParagraphOfChapter(typist.client.document, typist.chapter)).toBe(readParagraphOfChapter(reader.document, typist.chapter));
      const text = readParagraphOfChapter(reader.document, typist.chapter);
      for (const token of typist.typed) expect(text.split(token).length - 1, `${token} appears once`).toBe(1);
    }
    reader.destroy();

    await server.kill('SIGKILL');
    server = null;
    expect(integrityCheck(databasePath)).toBe('ok');
    const afterLastKill = storedDocument(databasePath, documentName);
    for (const typist of typists) expect(readParagraphOfChapter(afterLastKill, typist.chapter)).toBe(readParagraphOfChapter(typist.client.document, typist.chapter));
  }, scaled(120_000, 600_000));
});
