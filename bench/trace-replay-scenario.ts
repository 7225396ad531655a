import type { BenchTarget } from './bench-servers';
import { appendBenchClauses, benchParagraphText } from './bench-paragraphs';
import { applyTraceOperation, type EditingTrace } from './editing-trace';
import { settlesWithin, sleep, waitUntil } from './pacing';
import { connectRawClient, type RawCollaborationClient } from './raw-collaboration-client';
import { readStoredDocumentSize, type StoredDocumentSize } from './stored-document-size';

export interface TraceReplayRun {
  operations: number;
  /** From the first keystroke sent until every watcher shows the final text. */
  totalMilliseconds: number;
  /** Until the server acknowledged the last keystroke (for us: it is on disk). */
  acknowledgedMilliseconds: number;
  serverCpuMicroseconds: number;
  generatorCpuMicroseconds: number;
  /** After garbage collection, with the document still open. */
  serverRssBytes: number;
  serverHeapGrowthBytes: number;
  watchers: number;
  watchersWithFinalText: number;
  unacknowledged: number;
  /** Our server only: the document in SQLite once compacted, and the text read back after a kill -9 and restart. */
  stored: StoredDocumentSize | null;
  matchesAfterRestart: boolean | null;
}

const clauseId = 'bench-trace';
const watcherCount = 3;
/** Keystrokes sent ahead of the acknowledgements, like a fast typist on a slow link; keeps socket buffers bounded. */
const maximumInFlight = 2000;

function paragraphOf(client: RawCollaborationClient): string {
  return benchParagraphText(client.document, clauseId).toString();
}

/** Waits for the debounced snapshot (it folds the update log into one row), then reads the stored size. */
async function storedSizeOnceCompacted(databasePath: string, documentName: string): Promise<StoredDocumentSize> {
  let size = readStoredDocumentSize(databasePath, documentName);
  const deadline = Date.now() + 15_000;
  while (size.logEntries > 0 && Date.now() < deadline) {
    await sleep(250);
    size = readStoredDocumentSize(databasePath, documentName);
  }
  return size;
}

/**
 * One provider types the trace, keystroke by keystroke, into a paragraph of a draft while three others watch.
 * Returns the (possibly restarted) target, which the caller disposes of.
 */
export async function runTraceReplay(target: BenchTarget, trace: EditingTrace): Promise<{ run: TraceReplayRun; target: BenchTarget }> {
  const document = await target.newDocument();
  const writer = await connectRawClient({ websocketUrl: target.websocketUrl, documentName: document.name, token: await document.token(), replica: false });
  appendBenchClauses(writer.document, [clauseId]);
  await writer.allAcknowledged();
  const watchers: RawCollaborationClient[] = [];
  for (let index = 0; index < watcherCount; index += 1) {
    watchers.push(await connectRawClient({ websocketUrl: target.websocketUrl, documentName: document.name, token: await document.token(), replica: true }));
  }
  const text = benchParagraphText(writer.document, clauseId);
  const memoryBefore = await target.settledMemory();
  const cpuBefore = target.usage().cpuMicroseconds;
  const generatorBefore = process.cpuUsage();

  const start = performance.now();
  for (const operation of trace.operations) {
    if (writer.sent - writer.acknowledged >= maximumInFlight) await writer.acknowledgedAtLeast(writer.sent - maximumInFlight / 2);
    applyTraceOperation(writer.document, text, operation);
  }
  const acknowledged = await settlesWithin(writer.allAcknowledged(), 600_000);
  const acknowledgedMilliseconds = performance.now() - start;
  const expectedLength = trace.expectedText.length;
  await waitUntil(() => watchers.every((watcher) => paragraphOf(watcher).length === expectedLength), 60_000, 20);
  const totalMilliseconds = performance.now() - start;
  const generatorCpu = process.cpuUsage(generatorBefore);
  const usageAfter = target.usage();
  const watchersWithFinalText = watchers.filter((watcher) => paragraphOf(watcher) === trace.expectedText).length;
  const memoryAfter = await target.settledMemory();

  let stored: StoredDocumentSize | null = null;
  let matchesAfterRestart: boolean | null = null;
  let current = target;
  if (target.databasePath) {
    stored = await storedSizeOnceCompacted(target.databasePath, document.name);
    current = await target.restart('kill');
    const reopened = current.documentOf(document.standardId ?? '');
    const reader = await connectRawClient({ websocketUrl: current.websocketUrl, documentName: reopened.name, token: await reopened.token(), replica: true });
    matchesAfterRestart = paragraphOf(reader) === trace.expectedText;
    reader.close();
  }
  writer.close();
  for (const watcher of watchers) watcher.close();

  return {
    target: current,
    run: {
      operations: trace.operations.length,
      totalMilliseconds,
      acknowledgedMilliseconds,
      serverCpuMicroseconds: usageAfter.cpuMicroseconds - cpuBefore,
      generatorCpuMicroseconds: generatorCpu.user + generatorCpu.system,
      serverRssBytes: memoryAfter.rssBytes,
      serverHeapGrowthBytes: memoryAfter.heapUsedBytes - memoryBefore.heapUsedBytes,
      watchers: watcherCount,
      watchersWithFinalText,
      unacknowledged: acknowledged ? 0 : writer.sent - writer.acknowledged,
      stored,
      matchesAfterRestart,
    },
  };
}
