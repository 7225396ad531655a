import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { createCollaborationServer, type CollaborationServer } from '../../../server/collab/collaboration-server';
import { createStandard } from '../../../server/commands/create-standard';
import { issueCollaborationTicket } from '../../../server/commands/issue-collaboration-ticket';
import { openDatabase, type DatabaseConnection } from '../../../server/db/client';
import { insertUser } from '../../../server/db/repos/users';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';
import { LoopbackConnection } from '../../reliability/support/loopback-connection';
import { syncFrame, syncSubtypes } from '../../reliability/support/protocol-frames';
import { storedDocument } from '../../reliability/support/stored-document';

describe('a socket that cannot hold acknowledgements back', () => {
  const directory = createTemporaryDirectory();
  const databasePath = join(directory.path, 'normdraft.db');
  let connection: DatabaseConnection;
  let collaboration: CollaborationServer;
  const userId = 'user-unwrapped';

  beforeAll(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    connection = openDatabase(databasePath, 'NORMAL');
    insertUser(connection.database, { id: userId, username: 'unwrapped', displayName: '未包装', passwordHash: 'unused', isSiteAdministrator: false, createdAt: new Date() });
    collaboration = createCollaborationServer(connection);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await collaboration.close();
    connection.close();
    directory.remove();
  });

  async function connected(standardId: string, documentName: string, wrapped: boolean): Promise<LoopbackConnection> {
    const client = new LoopbackConnection(collaboration.hocuspocus, { wrapped });
    const { token } = issueCollaborationTicket({ database: connection.database, userId, standardId, now: new Date() });
    expect(await client.authenticate(documentName, token)).toBe(true);
    return client;
  }

  function typedInto(state: Uint8Array, text: string): Uint8Array {
    const document = new Y.Doc();
    Y.applyUpdate(document, state);
    const before = Y.encodeStateVector(document);
    document.getText('notes').insert(0, text);
    return Y.encodeStateAsUpdate(document, before);
  }

  it('gets no acknowledgement and changes nothing, while a wrapped socket is acknowledged once the update is on disk', async () => {
    const standardId = createStandard({ database: connection.database, creatorId: userId, request: { title: '未包装的连接' }, now: new Date() }).id;
    const documentName = documentNameForStandard(standardId);
    const unwrapped = await connected(standardId, documentName, false);
    const live = collaboration.hocuspocus.documents.get(documentName);
    if (!live) throw new Error('the draft is not loaded');
    const before = Y.encodeStateAsUpdate(live);

    const start = unwrapped.receivedCount;
    unwrapped.deliver(syncFrame(documentName, syncSubtypes.update, typedInto(before, '不应保存')));
    const waitingForAnswer = unwrapped.waitForAcknowledgement(start);
    const wrapped = await connected(standardId, documentName, true);
    const wrappedStart = wrapped.receivedCount;
    wrapped.deliver(syncFrame(documentName, syncSubtypes.update, typedInto(before, '已保存')));
    expect(await wrapped.waitForAcknowledgement(wrappedStart)).toBe(true);

    expect(live.getText('notes').toString()).toBe('已保存');
    expect(storedDocument(databasePath, documentName).getText('notes').toString()).toBe('已保存');
    unwrapped.close();
    expect(await waitingForAnswer).toBeNull();
    wrapped.close();
  });
});
