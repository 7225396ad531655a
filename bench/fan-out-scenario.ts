import type { BenchDocument, BenchTarget } from './bench-servers';
import { appendBenchClauses, benchParagraphText } from './bench-paragraphs';
import { DeliveryTracker } from './delivery-tracker';
import { readHostCpuTimes, stolenPercentBetween } from './host-cpu';
import { mapWithConcurrency, settlesWithin, sleep } from './pacing';
import { connectRawClient, type RawCollaborationClient } from './raw-collaboration-client';

export interface FanOutOptions {
  documents: number;
  editorsPerDocument: number;
  editsPerSecond: number;
  warmupSeconds: number;
  measuredSeconds: number;
}

/** One typing window on one server; the caller pools the windows. */
export interface FanOutWindow {
  /** Per measured edit: from the edit until every other client of the document has it (ms). */
  latencies: number[];
  /** Per measured edit: from the edit until the server acknowledged it to its author (ms). */
  acknowledgementLatencies: number[];
  measuredDeliveries: number;
  /** Server CPU (user + system) during the measured window, in microseconds. */
  serverCpuMicroseconds: number;
  /** Load generator CPU during the measured window, in microseconds. */
  generatorCpuMicroseconds: number;
  measuredMilliseconds: number;
  /** Waiting, after typing stopped, for the last edits to reach everyone (a saturated server works off its backlog). */
  drainMilliseconds: number;
  /** Share of the machine's CPU time its host gave to other guests during the window; it shows up as pauses. */
  hostStolenPercent: number;
}

export interface FanOutOutcome {
  connectMilliseconds: number;
  /** Growth of the server's RSS and heap once every document is open with its editors, per document. */
  rssPerDocumentBytes: number;
  heapPerDocumentBytes: number;
  lostDeliveries: number;
  /** Edits the server never acknowledged. */
  unacknowledgedEdits: number;
  divergedParagraphs: number;
}

interface Editor {
  client: RawCollaborationClient;
  clauseId: string;
  clock: number;
}

interface OpenDocument {
  document: BenchDocument;
  tracker: DeliveryTracker;
  editors: Editor[];
}

const characters = '标准条款内容要求试验方法abcdefghij';

async function openDocument(target: BenchTarget, document: BenchDocument, editorCount: number): Promise<OpenDocument> {
  const tracker = new DeliveryTracker(editorCount);
  const clauseIds = Array.from({ length: editorCount }, (_unused, index) => `bench-editor-${index}`);
  // The setup client stays until the editors are in: the baseline forgets a document nobody has open.
  const setup = await connectRawClient({ websocketUrl: target.websocketUrl, documentName: document.name, token: await document.token(), replica: false });
  appendBenchClauses(setup.document, clauseIds);
  await setup.allAcknowledged();
  const editors = await mapWithConcurrency(clauseIds, 16, async (clauseId, index) => {
    const client = await connectRawClient({
      websocketUrl: target.websocketUrl,
      documentName: document.name,
      token: await document.token(),
      replica: false,
      onUpdate: (update, receivedAt) => tracker.updateReceived(index, update, receivedAt),
    });
    tracker.registerEditor(client.document.clientID, index);
    return { client, clauseId, clock: 0 };
  });
  setup.close();
  return { document, tracker, editors };
}

/**
 * Documents on one server with their editors connected, which stay connected while the other server takes its turn,
 * so a repetition costs a typing window and not a reconnection of hundreds of clients.
 */
export class FanOutSession {
  private constructor(
    private readonly target: BenchTarget,
    private readonly options: FanOutOptions,
    private readonly open: OpenDocument[],
    private readonly opened: Pick<FanOutOutcome, 'connectMilliseconds' | 'rssPerDocumentBytes' | 'heapPerDocumentBytes'>,
  ) {}

  static async start(target: BenchTarget, options: FanOutOptions): Promise<FanOutSession> {
    const documents: BenchDocument[] = [];
    for (let index = 0; index < options.documents; index += 1) documents.push(await target.newDocument());
    const start = performance.now();
    const before = await target.settledMemory();
    const open = await mapWithConcurrency(documents, 4, (document) => openDocument(target, document, options.editorsPerDocument));
    const after = await target.settledMemory();
    return new FanOutSession(target, options, open, {
      connectMilliseconds: performance.now() - start,
      rssPerDocumentBytes: (after.rssBytes - before.rssBytes) / options.documents,
      heapPerDocumentBytes: (after.heapUsedBytes - before.heapUsedBytes) / options.documents,
    });
  }

  /** Every editor types at a steady rate with a random phase; the window is kept by the load generator's clock alone. */
  async typeWindow(): Promise<FanOutWindow> {
    const latencyOffsets = this.open.map((document) => document.tracker.latencies.length);
    const deliveriesBefore = this.measuredDeliveries();
    const acknowledgementLatencies: number[] = [];
    let measuring = false;
    const stopTyping = this.startTyping(acknowledgementLatencies, () => measuring);
    await sleep(this.options.warmupSeconds * 1000);
    const serverStart = this.target.usage();
    const hostStart = readHostCpuTimes();
    const generatorStart = process.cpuUsage();
    const windowStart = performance.now();
    measuring = true;
    await sleep(this.options.measuredSeconds * 1000);
    measuring = false;
    stopTyping();
    const generatorCpu = process.cpuUsage(generatorStart);
    const measuredMilliseconds = performance.now() - windowStart;
    const serverEnd = this.target.usage();
    const hostStolenPercent = stolenPercentBetween(hostStart, readHostCpuTimes());

    const drainStart = performance.now();
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && this.open.some((document) => document.tracker.missingDeliveries() > 0)) await sleep(20);
    await settlesWithin(Promise.all(this.editors().map((editor) => editor.client.allAcknowledged())), 10_000);
    return {
      latencies: this.open.flatMap((document, index) => document.tracker.latencies.slice(latencyOffsets[index])),
      acknowledgementLatencies,
      measuredDeliveries: this.measuredDeliveries() - deliveriesBefore,
      serverCpuMicroseconds: serverEnd.cpuMicroseconds - serverStart.cpuMicroseconds,
      generatorCpuMicroseconds: generatorCpu.user + generatorCpu.system,
      measuredMilliseconds,
      drainMilliseconds: performance.now() - drainStart,
      hostStolenPercent,
    };
  }

  /** A fresh client reads each document back: every editor's paragraph must hold exactly what it typed. */
  async finish(): Promise<FanOutOutcome> {
    let divergedParagraphs = 0;
    for (const document of this.open) {
      const reader = await connectRawClient({ websocketUrl: this.target.websocketUrl, documentName: document.document.name, token: await document.document.token(), replica: true });
      for (const editor of document.editors) {
        if (benchParagraphText(reader.document, editor.clauseId).toString() !== benchParagraphText(editor.client.document, editor.clauseId).toString()) divergedParagraphs += 1;
      }
      reader.close();
    }
    const editors = this.editors();
    const outcome: FanOutOutcome = {
      ...this.opened,
      lostDeliveries: this.open.reduce((sum, document) => sum + document.tracker.missingDeliveries(), 0),
      unacknowledgedEdits: editors.reduce((sum, editor) => sum + editor.client.sent - editor.client.acknowledged, 0),
      divergedParagraphs,
    };
    for (const editor of editors) editor.client.close();
    return outcome;
  }

  private editors(): Editor[] {
    return this.open.flatMap((document) => document.editors);
  }

  private measuredDeliveries(): number {
    return this.open.reduce((sum, document) => sum + document.tracker.measuredDeliveries, 0);
  }

  private startTyping(acknowledgementLatencies: number[], isMeasuring: () => boolean): () => void {
    const intervalMilliseconds = 1000 / this.options.editsPerSecond;
    const timers: NodeJS.Timeout[] = [];
    for (const document of this.open) {
      for (const editor of document.editors) {
        const text = benchParagraphText(editor.client.document, editor.clauseId);
        const type = (): void => {
          const measured = isMeasuring();
          const sentAt = performance.now();
          document.tracker.editSent(editor.client.document.clientID, editor.clock, sentAt, measured);
          editor.clock += 1;
          text.insert(text.length, characters[editor.clock % characters.length] ?? 'x');
          if (measured) void editor.client.allAcknowledged().then(() => acknowledgementLatencies.push(performance.now() - sentAt));
        };
        timers.push(
          setTimeout(() => {
            type();
            timers.push(setInterval(type, intervalMilliseconds));
          }, Math.random() * intervalMilliseconds),
        );
      }
    }
    return () => timers.forEach((timer) => clearTimeout(timer));
  }
}
