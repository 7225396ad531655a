import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { closeCodes } from '../../shared/collab/close-codes';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { createStandardAs, signedUpClient, type ApiClient } from '../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../helpers/collaboration-client';
import { paragraphTextOfChapter } from '../helpers/draft-text';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { authenticatedFrameArbitrary } from './support/frame-arbitraries';
import { frame, isOffendingFrame, messageTypes, syncFrame, syncSubtypes } from './support/protocol-frames';
import { documentFromState, ProtocolSocket } from './support/protocol-socket';
import { scaled } from './support/reliability-scale';
import { storedDocument } from './support/stored-document';

const maximumPayloadBytes = 64 * 1024;
/** Hocuspocus's limits on what it buffers before a document is authenticated. */
const unauthenticatedLimits = { messages: 1_000, bytes: 5 * 1024 * 1024, documents: 100 };
const resetConnectionCode = 4205;
const mangledUpdateLabels: ReadonlySet<string> = new Set(['mutated update', 'concatenated update', 'random update bytes', 'truncated frame']);
const messageTooBigCode = 1009;
/** One struct (a map entry holding no values) and then nothing: the delete set that must follow is missing. */
const updateWithoutDeleteSet = Uint8Array.from([1, 1, 255, 132, 142, 235, 9, 0, 40, 1, 8, 102, 117, 122, 122, 45, 109, 97, 112, 3, 32, 1, 126, 0]);

describe('collaboration frames fuzzed over a real socket', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let targetId: string;
  let controlId: string;
  let controlReplica: Uint8Array;
  const tally = new Map<string, { offending: number; accepted: number }>();

  async function ticketFor(standardId: string): Promise<string> {
    const response = await secretariat.post('/api/collab/ticket', { standardId });
    return (response.body as { token: string }).token;
  }

  async function liveState(standardId: string): Promise<Uint8Array> {
    const reader = new ProtocolSocket(server.url, documentNameForStandard(standardId));
    try {
      expect(await reader.authenticate(await ticketFor(standardId))).toBe('read-write');
      return await reader.pullState();
    } finally {
      reader.terminate();
    }
  }

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server = await startTestServer({ COLLABORATION_MAX_PAYLOAD_BYTES: String(maximumPayloadBytes) });
    secretariat = await signedUpClient(server.url, 'secretary');
    targetId = await createStandardAs(secretariat, '被模糊测试的标准');
    controlId = await createStandardAs(secretariat, '对照标准');
    const writer = connectCollaborationClient(secretariat, controlId);
    await waitForSynced(writer);
    const text = paragraphTextOfChapter(writer.document, '范围');
    for (let edit = 0; edit < 30; edit += 1) text.insert(text.length, `对照${edit} `);
    await waitForAllSaved(writer);
    controlReplica = Y.encodeStateAsUpdate(writer.document);
    writer.destroy();
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server?.stop();
  });

  it('closes every socket that sends a broken frame after authenticating and acknowledges the well-formed ones', async () => {
    const targetName = documentNameForStandard(targetId);
    await fc.assert(
      fc.asyncProperty(authenticatedFrameArbitrary(targetName), async ({ label, bytes }) => {
        const socket = new ProtocolSocket(server.url, targetName);
        try {
          expect(await socket.authenticate(await ticketFor(targetId))).toBe('read-write');
          const state = await socket.pullState();
          const offending = isOffendingFrame(bytes, targetName, state);
          const counts = tally.get(label) ?? { offending: 0, accepted: 0 };
          counts[offending ? 'offending' : 'accepted'] += 1;
          tally.set(label, counts);
          socket.send(bytes);
          const fate = await socket.fate();
          const refused = { closed: { code: closeCodes.malformedUpdate.code, reason: closeCodes.malformedUpdate.reason } };
          if (offending) expect(fate, `${label} must close the socket`).toEqual(refused);
          // A mangled update that a copy of the document takes may still be refused (its pending structs can differ
          // between the server's copy and this one); refusing is safe, applying part of it is not.
          else if (mangledUpdateLabels.has(label)) expect([{ answered: true }, refused], `${label} must be applied or refused`).toContainEqual(fate);
          else expect(fate, `${label} must keep the socket`).toEqual({ answered: true });
        } finally {
          socket.terminate();
        }
      }),
      {
        numRuns: scaled(250, 3_000),
        // Found by this property in CI: an update cut off before its delete set, which Yjs applies in part before it throws.
        examples: [[{ label: 'mutated update', bytes: syncFrame(targetName, syncSubtypes.update, updateWithoutDeleteSet) }]],
      },
    );
    console.info('frames after authentication:', JSON.stringify(Object.fromEntries(tally)));
    const totals = [...tally.values()].reduce((sum, counts) => ({ offending: sum.offending + counts.offending, accepted: sum.accepted + counts.accepted }), { offending: 0, accepted: 0 });
    expect(totals.offending).toBeGreaterThan(0);
    expect(totals.accepted).toBeGreaterThan(0);
  }, scaled(60_000, 1_800_000));

  it('closes sockets that flood the server before authenticating, and applies nothing they sent', async () => {
    const targetName = documentNameForStandard(targetId);
    const before = await liveState(targetId);
    const floodArbitrary = fc.oneof(
      fc.integer({ min: 1, max: 50 }).map((extra) => ({ kind: 'messages', frames: Array.from({ length: unauthenticatedLimits.messages + extra }, (_, index) => syncFrame(targetName, syncSubtypes.update, Uint8Array.of(index % 256))) })),
      fc.integer({ min: 1, max: 20 }).map((extra) => ({ kind: 'documents', frames: Array.from({ length: unauthenticatedLimits.documents + extra }, (_, index) => syncFrame(`standard:flood-${index}`, syncSubtypes.update, Uint8Array.of(1))) })),
      fc.integer({ min: 1, max: 4 }).map((extra) => {
        const frameBytes = maximumPayloadBytes - 64;
        const count = Math.ceil(unauthenticatedLimits.bytes / frameBytes) + extra;
        return { kind: 'bytes', frames: Array.from({ length: count }, () => syncFrame(targetName, syncSubtypes.update, new Uint8Array(frameBytes))) };
      }),
      fc.uint8Array({ minLength: 1, maxLength: 32 }).map((tail) => ({ kind: 'unreadable address', frames: [Uint8Array.from([0xff, 0xff, 0x03, ...tail])] })),
    );
    const closeCodesSeen = new Map<string, number[]>();
    await fc.assert(
      fc.asyncProperty(floodArbitrary, async ({ kind, frames }) => {
        const socket = new ProtocolSocket(server.url, targetName);
        try {
          await socket.opened;
          for (const bytes of frames) socket.send(bytes);
          const closed = await socket.closedWithin(15_000);
          expect(closed, `${kind} flood must close the socket`).not.toBeNull();
          closeCodesSeen.set(kind, [...new Set([...(closeCodesSeen.get(kind) ?? []), closed?.code ?? 0])]);
        } finally {
          socket.terminate();
        }
      }),
      { numRuns: scaled(12, 60) },
    );
    console.info('pre-authentication floods, close codes by kind:', JSON.stringify(Object.fromEntries(closeCodesSeen)));
    for (const [kind, codes] of closeCodesSeen) expect(codes, kind).toEqual([kind === 'unreadable address' ? closeCodes.unauthorized.code : resetConnectionCode]);
    expect(Buffer.from(await liveState(targetId)).equals(Buffer.from(before))).toBe(true);
  }, scaled(60_000, 1_800_000));

  it('closes sockets that send a frame above the payload cap, before and after authenticating', async () => {
    const targetName = documentNameForStandard(targetId);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: maximumPayloadBytes + 1, max: maximumPayloadBytes * 3 }), fc.boolean(), async (size, authenticateFirst) => {
        const socket = new ProtocolSocket(server.url, targetName);
        try {
          if (authenticateFirst) expect(await socket.authenticate(await ticketFor(targetId))).toBe('read-write');
          else await socket.opened;
          socket.send(syncFrame(targetName, syncSubtypes.update, new Uint8Array(size)));
          expect((await socket.closedWithin(15_000))?.code).toBe(messageTooBigCode);
        } finally {
          socket.terminate();
        }
      }),
      { numRuns: scaled(8, 40) },
    );
  }, scaled(60_000, 1_800_000));

  it('refuses frames for a document the socket never authenticated, even after authenticating another one', async () => {
    const socket = new ProtocolSocket(server.url, documentNameForStandard(targetId));
    try {
      expect(await socket.authenticate(await ticketFor(targetId))).toBe('read-write');
      const controlName = documentNameForStandard(controlId);
      const intruder = new Y.Doc();
      intruder.getText('t').insert(0, 'not allowed');
      socket.send(syncFrame(controlName, syncSubtypes.update, Y.encodeStateAsUpdate(intruder)));
      socket.send(
        frame(controlName, (encoder) => {
          encoding.writeVarUint(encoder, messageTypes.awareness);
          encoding.writeVarUint8Array(encoder, new Uint8Array([0]));
        }),
      );
      expect(await socket.fate()).toEqual({ answered: true });
    } finally {
      socket.terminate();
    }
  });

  it('is still alive afterwards, and the other document is byte-identical to its replica, live and on disk', async () => {
    expect((await fetch(new URL('/api/health', server.url))).status).toBe(200);
    expect(Buffer.from(await liveState(controlId)).equals(Buffer.from(controlReplica))).toBe(true);
    const control = storedDocument(server.databasePath, documentNameForStandard(controlId));
    expect(Buffer.from(Y.encodeStateAsUpdate(control)).equals(Buffer.from(controlReplica))).toBe(true);

    const live = documentFromState(await liveState(targetId));
    const onDisk = storedDocument(server.databasePath, documentNameForStandard(targetId));
    expect(Y.encodeStateVector(onDisk)).toEqual(Y.encodeStateVector(live));
    expect(JSON.stringify(onDisk.getXmlFragment('default').toJSON())).toBe(JSON.stringify(live.getXmlFragment('default').toJSON()));

    const writer = connectCollaborationClient(secretariat, targetId);
    await waitForSynced(writer);
    writer.document.getText('after-fuzzing').insert(0, 'still accepting edits');
    await waitForAllSaved(writer);
    writer.destroy();
    expect(storedDocument(server.databasePath, documentNameForStandard(targetId)).getText('after-fuzzing').toString()).toBe('still accepting edits');
    const outline = await secretariat.get(`/api/standards/${targetId}/outline`);
    expect(outline.status).toBeLessThan(500);
  });
});
