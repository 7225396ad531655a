import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { closeCodes } from '../../shared/collab/close-codes';
import { documentNameForExplanatoryStatement, documentNameForStandard } from '../../shared/collab/document-name';
import { createStandardAs, loggedInClient, signedUpClient, type ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { authenticatedFrameArbitrary } from './support/frame-arbitraries';
import { isOffendingFrame, syncFrame, syncSubtypes } from './support/protocol-frames';
import { documentFromState, ProtocolSocket } from './support/protocol-socket';
import { scaled } from './support/reliability-scale';
import { sameContent, storedDocument } from './support/stored-document';

async function statementTicket(client: ApiClient, standardId: string): Promise<{ status: number; token: string; readOnly: boolean | null }> {
  const response = await client.post('/api/collab/ticket', { standardId, documentKind: 'explanatoryStatement' });
  const body = response.body as { token?: string; readOnly?: boolean };
  return { status: response.status, token: body.token ?? '', readOnly: body.readOnly ?? null };
}

function textUpdate(rootName: string, text: string): Uint8Array {
  const document = new Y.Doc();
  document.getText(rootName).insert(0, text);
  const update = Y.encodeStateAsUpdate(document);
  document.destroy();
  return update;
}

describe('the 编制说明 over the collaboration websocket', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let observer: ApiClient;
  let outsider: ApiClient;
  let standardId: string;
  let otherStandardId: string;

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'secretary');
    for (const username of ['drafter', 'observer', 'outsider']) await signedUpClient(server.url, username);
    standardId = await createStandardAs(secretariat);
    otherStandardId = await createStandardAs(secretariat, '另一项标准');
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'drafter', role: 'drafter' });
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'observer', role: 'observer' });
    drafter = await loggedInClient(server.url, 'drafter');
    observer = await loggedInClient(server.url, 'observer');
    outsider = await loggedInClient(server.url, 'outsider');
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server?.stop();
  });

  it('lets drafters write, readers only read, and nobody else in, exactly like the draft', async () => {
    const documentName = documentNameForExplanatoryStatement(standardId);
    const expectations: Array<[string, ApiClient, 'read-write' | 'readonly']> = [
      ['secretariat', secretariat, 'read-write'],
      ['drafter', drafter, 'read-write'],
      ['observer', observer, 'readonly'],
    ];
    for (const [label, client, expected] of expectations) {
      const ticket = await statementTicket(client, standardId);
      expect(ticket.status, `ticket for ${label}`).toBe(200);
      expect(ticket.readOnly, `read-only ticket for ${label}`).toBe(expected === 'readonly');
      const socket = new ProtocolSocket(server.url, documentName);
      try {
        expect(await socket.authenticate(ticket.token), `connect as ${label}`).toBe(expected);
        await socket.pullState();
        const start = socket.receivedCount;
        socket.send(syncFrame(documentName, syncSubtypes.update, textUpdate('statement-matrix', `${label};`)));
        expect(await socket.acknowledgement(start), `write as ${label}`).toBe(expected === 'read-write');
      } finally {
        socket.terminate();
      }
    }
    expect((await statementTicket(outsider, standardId)).status).toBe(404);
    const forged = new ProtocolSocket(server.url, documentName);
    expect(await forged.authenticate('forged-token')).toBe('denied');
    forged.terminate();

    const stored = storedDocument(server.databasePath, documentName).getText('statement-matrix').toString();
    expect(stored.split(';').filter(Boolean).sort()).toEqual(['drafter', 'secretariat']);
    expect(storedDocument(server.databasePath, documentNameForStandard(standardId)).getText('statement-matrix').toString()).toBe('');
  });

  it("refuses a ticket of one standard on another standard's 编制说明", async () => {
    const { token } = await statementTicket(drafter, standardId);
    const socket = new ProtocolSocket(server.url, documentNameForExplanatoryStatement(otherStandardId));
    expect(await socket.authenticate(token)).toBe('denied');
    socket.terminate();
  });

  it('opens only the document a ticket was issued for: a draft ticket does not open the 编制说明, nor a 编制说明 ticket the draft', async () => {
    const draftTicket = (await drafter.post('/api/collab/ticket', { standardId })).body as { token: string };
    const onStatement = new ProtocolSocket(server.url, documentNameForExplanatoryStatement(standardId));
    expect(await onStatement.authenticate(draftTicket.token)).toBe('denied');
    onStatement.terminate();
    const { token } = await statementTicket(drafter, standardId);
    const onDraft = new ProtocolSocket(server.url, documentNameForStandard(standardId));
    expect(await onDraft.authenticate(token)).toBe('denied');
    onDraft.terminate();
  });

  it('closes every socket that sends a broken frame to the 编制说明 and keeps the well-formed ones', async () => {
    const documentName = documentNameForExplanatoryStatement(otherStandardId);
    let offendingSeen = 0;
    await fc.assert(
      fc.asyncProperty(authenticatedFrameArbitrary(documentName), async ({ bytes }) => {
        const socket = new ProtocolSocket(server.url, documentName);
        try {
          expect(await socket.authenticate((await statementTicket(secretariat, otherStandardId)).token)).toBe('read-write');
          const state = await socket.pullState();
          const offending = isOffendingFrame(bytes, documentName, state);
          socket.send(bytes);
          const fate = await socket.fate();
          if (offending) {
            offendingSeen += 1;
            expect(fate).toEqual({ closed: { code: closeCodes.malformedUpdate.code, reason: closeCodes.malformedUpdate.reason } });
          } else expect([{ answered: true }, { closed: { code: closeCodes.malformedUpdate.code, reason: closeCodes.malformedUpdate.reason } }]).toContainEqual(fate);
        } finally {
          socket.terminate();
        }
      }),
      { numRuns: scaled(60, 1_000) },
    );
    expect(offendingSeen).toBeGreaterThan(0);
    const reader = new ProtocolSocket(server.url, documentName);
    expect(await reader.authenticate((await statementTicket(secretariat, otherStandardId)).token)).toBe('read-write');
    const live = documentFromState(await reader.pullState());
    reader.terminate();
    // What every client was told is saved is what is on disk, broken frames and all.
    expect(sameContent(storedDocument(server.databasePath, documentName), live)).toBe(true);
  }, scaled(60_000, 900_000));
});
