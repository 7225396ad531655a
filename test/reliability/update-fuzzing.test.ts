import { join } from 'node:path';
import type { Hocuspocus } from '@hocuspocus/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { closeCodes } from '../../shared/collab/close-codes';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { createCollaborationServer, type CollaborationServer } from '../../server/collab/collaboration-server';
import { createStandard } from '../../server/commands/create-standard';
import { issueCollaborationTicket } from '../../server/commands/issue-collaboration-ticket';
import { openDatabase, type DatabaseConnection } from '../../server/db/client';
import { insertUser } from '../../server/db/repos/users';
import { createTemporaryDirectory } from '../helpers/temporary-directory';
import { LoopbackConnection } from './support/loopback-connection';
import { syncFrame, syncSubtypes } from './support/protocol-frames';
import { scaled } from './support/reliability-scale';
import { storedDocument } from './support/stored-document';
import { buildUpdate, mutate, mutationArbitrary, operationsArbitrary } from './support/update-arbitraries';

function stateOf(document: Y.Doc): Buffer {
  return Buffer.from(Y.encodeStateAsUpdate(document));
}

/**
 * Two states hold the same document when they reload to the same bytes: a live document that integrated updates
 * one by one may split its structs differently from one loaded in a single step.
 */
function sameDocument(left: Uint8Array, right: Uint8Array): boolean {
  const reload = (state: Uint8Array): Buffer => {
    const document = new Y.Doc();
    Y.applyUpdate(document, state);
    const reloaded = stateOf(document);
    document.destroy();
    return reloaded;
  };
  return reload(left).equals(reload(right));
}

/** The document after applying the update to a private copy, or null when applying it, or reloading the result, throws. */
function cleanlyApplied(before: Uint8Array, update: Uint8Array): Buffer | null {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, before);
    Y.decodeUpdate(update);
    Y.applyUpdate(copy, update);
    const state = stateOf(copy);
    Y.applyUpdate(new Y.Doc(), state);
    return state;
  } catch {
    return null;
  } finally {
    copy.destroy();
  }
}

/** Each document takes this many updates; a fresh one keeps the cost per update flat. */
const updatesPerDocument = 100;

describe('mutated updates through the persistence gate', () => {
  const directory = createTemporaryDirectory();
  const databasePath = join(directory.path, 'normdraft.db');
  let connection: DatabaseConnection;
  let collaboration: CollaborationServer;
  let hocuspocus: Hocuspocus;
  const userId = 'user-fuzzer';
  /** The live state each document had when the fuzzer moved on from it. */
  const finalStates = new Map<string, Buffer>();
  let current: { standardId: string; documentName: string; anchor: LoopbackConnection; writer: LoopbackConnection } | null = null;

  async function connectWriter(standardId: string, documentName: string): Promise<LoopbackConnection> {
    const writer = new LoopbackConnection(hocuspocus);
    const { token } = issueCollaborationTicket({ database: connection.database, userId, standardId, now: new Date() });
    expect(await writer.authenticate(documentName, token)).toBe(true);
    return writer;
  }

  function liveDocument(documentName: string): Y.Doc {
    const document = hocuspocus.documents.get(documentName);
    if (!document) throw new Error('the live document is not loaded');
    return document;
  }

  /** Leaves the current document (Hocuspocus stores and unloads it) and opens a new draft. */
  async function openNextDocument(): Promise<NonNullable<typeof current>> {
    if (current) {
      finalStates.set(current.documentName, stateOf(liveDocument(current.documentName)));
      current.writer.close();
      current.anchor.close();
    }
    const standardId = createStandard({ database: connection.database, creatorId: userId, request: { title: '更新模糊测试' }, now: new Date() }).id;
    const documentName = documentNameForStandard(standardId);
    // The anchor keeps the document loaded while writers are closed and replaced.
    const anchor = await connectWriter(standardId, documentName);
    current = { standardId, documentName, anchor, writer: await connectWriter(standardId, documentName) };
    return current;
  }

  beforeAll(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Durability is not the subject here; NORMAL keeps thousands of appends quick.
    connection = openDatabase(databasePath, 'NORMAL');
    insertUser(connection.database, { id: userId, username: 'fuzzer', displayName: '模糊测试', passwordHash: 'unused', isSiteAdministrator: false, createdAt: new Date() });
    collaboration = createCollaborationServer(connection);
    hocuspocus = collaboration.hocuspocus;
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await collaboration.close();
    connection.close();
    directory.remove();
  });

  it('applies each update completely or not at all, and closes the connection of every refused one', async () => {
    const outcomes = { applied: 0, refused: 0, alreadyKnown: 0, refusedThoughACopyTookIt: 0 };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(operationsArbitrary, fc.array(mutationArbitrary, { minLength: 0, maxLength: 4 }), async (operations, mutations) => {
        const target = run % updatesPerDocument === 0 || !current ? await openNextDocument() : current;
        run += 1;
        if (target.writer.closedWith) target.writer = await connectWriter(target.standardId, target.documentName);
        const live = liveDocument(target.documentName);
        const before = Y.encodeStateAsUpdate(live);
        const update = mutations.reduce(mutate, buildUpdate(before, operations));
        const expected = cleanlyApplied(before, update);

        const start = target.writer.receivedCount;
        target.writer.deliver(syncFrame(target.documentName, syncSubtypes.update, update));
        const acknowledged = await target.writer.waitForAcknowledgement(start);

        if (acknowledged === null) {
          // Refused: the connection is closed and the live document is exactly what it was.
          outcomes[expected === null ? 'refused' : 'refusedThoughACopyTookIt'] += 1;
          expect(target.writer.closedWith).toEqual({ code: closeCodes.malformedUpdate.code, reason: closeCodes.malformedUpdate.reason });
          expect(stateOf(live).equals(Buffer.from(before))).toBe(true);
        } else {
          // Accepted: the update applied cleanly to a copy, and the live document is exactly that copy.
          expect(acknowledged).toBe(true);
          expect(expected, 'the server accepted an update that throws on a copy').not.toBeNull();
          expect(sameDocument(stateOf(live), expected ?? new Uint8Array())).toBe(true);
          outcomes[expected?.equals(Buffer.from(before)) ? 'alreadyKnown' : 'applied'] += 1;
        }
      }),
      { numRuns: scaled(1_000, 20_000) },
    );
    console.info(`persistence gate outcomes over ${finalStates.size + 1} documents:`, JSON.stringify(outcomes));
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.applied).toBeGreaterThan(0);
  }, scaled(120_000, 3_600_000));

  it('keeps what is on disk equal to what was live, for every document the fuzzer touched', async () => {
    if (!current) throw new Error('the fuzzer opened no document');
    const live = liveDocument(current.documentName);
    expect(sameDocument(stateOf(storedDocument(databasePath, current.documentName)), stateOf(live))).toBe(true);
    finalStates.set(current.documentName, stateOf(live));
    current.writer.close();
    current.anchor.close();
    hocuspocus.flushPendingStores();
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const [documentName, state] of finalStates) expect(sameDocument(stateOf(storedDocument(databasePath, documentName)), state), documentName).toBe(true);
  });
});
