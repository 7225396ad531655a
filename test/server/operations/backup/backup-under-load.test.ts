import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNormdraftServer, type RunningServer } from '../../../../server/normdraft-server';
import { checkDatabaseFile } from '../../../../server/operations/backup/check-database-file';
import { readLedgerPublicKey } from '../../../../server/ledger/signing-key';
import { documentNameForStandard } from '../../../../shared/collab/document-name';
import { collaborationFragmentName } from '../../../../shared/editor/document-extensions';
import { createStandardAs, loggedInClient, signedUpClient, type ApiClient } from '../../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../../../helpers/collaboration-client';
import { paragraphTextOfChapter, readParagraphOfChapter } from '../../../helpers/draft-text';
import { eventually } from '../../../helpers/eventually';
import { createTemporaryDirectory } from '../../../helpers/temporary-directory';
import { testEnvironment } from '../../../helpers/test-environment';
import { startTestServer, type TestServer } from '../../../helpers/test-server';
import { documentInBackup, holdsEveryEditOf } from './support/backup-contents';
import { runScript } from './support/run-script';

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** A provider typing into the scope paragraph until told to stop, remembering what the server acknowledged last. */
class Typist {
  lastAcknowledged: Uint8Array | null = null;
  acknowledgements = 0;
  private stopped = false;
  private typing: Promise<void> = Promise.resolve();

  constructor(readonly client: CollaborationClient) {
    client.provider.on('unsyncedChanges', () => {
      if (client.provider.unsyncedChanges !== 0) return;
      this.lastAcknowledged = Y.encodeStateVector(client.document);
      this.acknowledgements += 1;
    });
  }

  start(letter: string): void {
    const text = paragraphTextOfChapter(this.client.document, '范围');
    this.typing = (async () => {
      for (let edit = 0; !this.stopped; edit += 1) {
        text.insert(edit % 7 === 0 ? 0 : text.length, `${letter}${edit % 10}`);
        await pause(4);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.typing;
  }
}

/** Posts comments through the API one after another until told to stop; keeps the ids the server answered 201 for. */
class Commenter {
  readonly acknowledgedIds: string[] = [];
  private stopped = false;
  private posting: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: ApiClient,
    private readonly periodId: string,
    private readonly clauseId: string,
  ) {}

  start(): void {
    this.posting = (async () => {
      for (let index = 0; !this.stopped; index += 1) {
        const response = await this.client.post(`/api/comment-periods/${this.periodId}/comments`, { clauseId: this.clauseId, type: 'te', comment: `意见 ${index}` });
        if (response.status !== 201) throw new Error(`comment refused: ${response.status} ${JSON.stringify(response.body)}`);
        this.acknowledgedIds.push((response.body as { id: string }).id);
        await pause(10);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.posting;
  }
}

function commentIdsIn(databasePath: string): Set<string> {
  const sqlite = new BetterSqlite3(databasePath, { readonly: true });
  try {
    return new Set((sqlite.prepare('SELECT id FROM comments').all() as Array<{ id: string }>).map((row) => row.id));
  } finally {
    sqlite.close();
  }
}

describe('a backup taken while people type and comment', () => {
  const backups = createTemporaryDirectory();
  const restoreDirectory = createTemporaryDirectory();
  const backupPath = join(backups.path, 'under-load.db');
  const keyCopyPath = join(backups.path, 'ledger-signing-key.copy.pem');
  let server: TestServer;
  let restored: RunningServer | null = null;
  let standardId: string;
  const clients: CollaborationClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({ COMMENTS_PER_ACCOUNT_PER_MINUTE: '100000', COMMENTS_PER_ADDRESS_PER_MINUTE: '100000' });
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await restored?.close();
    await server.stop();
    backups.remove();
    restoreDirectory.remove();
  });

  it('holds every acknowledged edit and comment, passes its checks and keeps the key out', async () => {
    const secretariat = await signedUpClient(server.url, 'secretary');
    standardId = await createStandardAs(secretariat);
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    const periodId = ((await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 86_400_000).toISOString() })).body as { id: string }).id;
    const outline = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
    const scopeClauseId = outline.items.find((item) => item.title === '范围')?.id ?? '';
    const commenterClient = await signedUpClient(server.url, 'commenter');
    await commenterClient.request('PUT', '/api/me/stakeholder-profile', { fullName: '评论者', organisation: '某单位', email: 'commenter@example.com' });

    const typists: Typist[] = [];
    for (let index = 0; index < 3; index += 1) {
      const client = connectCollaborationClient(secretariat, standardId);
      clients.push(client);
      await waitForSynced(client);
      typists.push(new Typist(client));
    }
    typists.forEach((typist, index) => typist.start(['甲', '乙', '丙'][index] ?? '丁'));
    const commenter = new Commenter(commenterClient, periodId, scopeClauseId);
    commenter.start();
    await eventually(() => {
      for (const typist of typists) expect(typist.acknowledgements).toBeGreaterThan(3);
      expect(commenter.acknowledgedIds.length).toBeGreaterThan(3);
    }, 60_000);

    expect((await secretariat.get('/api/ledger/checkpoint')).status).toBe(200);
    const acknowledgedBeforeBackup = typists.map((typist) => typist.lastAcknowledged);
    const commentsBeforeBackup = [...commenter.acknowledgedIds];
    const acknowledgementsBeforeBackup = typists.map((typist) => typist.acknowledgements);
    const backup = await runScript('backup.ts', [backupPath, '--copy-key', keyCopyPath], { DATABASE_PATH: server.databasePath, LOG_LEVEL: 'silent' });
    const typedDuringBackup = typists.every((typist, index) => typist.acknowledgements > (acknowledgementsBeforeBackup[index] ?? 0));
    await Promise.all(typists.map((typist) => typist.stop()));
    await commenter.stop();
    await Promise.all(clients.map((client) => waitForAllSaved(client, 30_000)));

    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('integrity_check: ok');
    expect(backup.stdout).toContain('record log: intact');
    expect(backup.stdout).toContain('NOT in the backup');
    expect(typedDuringBackup).toBe(true);

    const publicKey = readLedgerPublicKey(join(server.databasePath, '..', 'ledger-signing-key.pem'));
    if (!publicKey) throw new Error('the test server has no signing key');
    const check = checkDatabaseFile(backupPath, publicKey);
    expect(check.integrity).toEqual(['ok']);
    expect(check.ledger.problem).toBeUndefined();
    expect(check.ok).toBe(true);
    expect(check.ledger.latestCheckpoint).not.toBeNull();

    const document = documentInBackup(backupPath, documentNameForStandard(standardId));
    for (const acknowledged of acknowledgedBeforeBackup) {
      expect(acknowledged).not.toBeNull();
      if (acknowledged) expect(holdsEveryEditOf(document, acknowledged)).toBe(true);
    }
    const commentsInBackup = commentIdsIn(backupPath);
    expect(commentsBeforeBackup.filter((id) => !commentsInBackup.has(id))).toEqual([]);

    const keyFile = readFileSync(join(server.databasePath, '..', 'ledger-signing-key.pem'), 'utf8');
    const keyBody = keyFile.split('\n').filter((line) => line.length > 0 && !line.startsWith('-----')).join('');
    expect(readFileSync(backupPath).includes(Buffer.from(keyBody))).toBe(false);
    expect(readFileSync(keyCopyPath, 'utf8')).toBe(keyFile);
  }, 180_000);

  it('restores into a new DATABASE_PATH, and a server started there has the same drafts', async () => {
    const databasePath = join(restoreDirectory.path, 'normdraft.db');
    const refused = await runScript('restore.ts', [backupPath], { DATABASE_PATH: databasePath });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('no_signing_key');

    copyFileSync(keyCopyPath, join(restoreDirectory.path, 'ledger-signing-key.pem'));
    const restore = await runScript('restore.ts', [backupPath], { DATABASE_PATH: databasePath });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('Restore complete and checked.');

    const expected = documentInBackup(backupPath, documentNameForStandard(standardId));
    restored = await startNormdraftServer(testEnvironment(restoreDirectory.path));
    const secretariat = await loggedInClient(restored.url, 'secretary');
    const reader = connectCollaborationClient(secretariat, standardId);
    clients.push(reader);
    await waitForSynced(reader);
    expect(readParagraphOfChapter(reader.document, '范围')).toBe(readParagraphOfChapter(expected, '范围'));
    expect(readParagraphOfChapter(reader.document, '范围').length).toBeGreaterThan(10);
    expect(reader.document.getXmlFragment(collaborationFragmentName).toString()).toBe(expected.getXmlFragment(collaborationFragmentName).toString());
    const standards = (await secretariat.get('/api/standards')).body;
    expect(JSON.stringify(standards)).toContain(standardId);
  }, 120_000);
});
