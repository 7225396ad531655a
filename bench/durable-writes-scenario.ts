import type { BenchTarget } from './bench-servers';
import { appendBenchClauses, benchParagraphText } from './bench-paragraphs';
import { settlesWithin } from './pacing';
import { connectRawClient } from './raw-collaboration-client';

export interface DurableWritesRun {
  updates: number;
  acknowledgedUpdatesPerSecond: number;
  serverCpuMicrosecondsPerUpdate: number;
  unacknowledged: number;
  /** The text a fresh client reads back differs from what the writer typed. */
  diverged: boolean;
}

const clauseId = 'bench-durable-writer';

/**
 * One writer sends a burst of single-character updates without waiting; the figure is how many the server
 * acknowledges per second. Our server acknowledges an update only after it is in the SQLite log (synchronous=FULL).
 */
export async function runDurableWrites(target: BenchTarget, updates: number): Promise<DurableWritesRun> {
  const document = await target.newDocument();
  const writer = await connectRawClient({ websocketUrl: target.websocketUrl, documentName: document.name, token: await document.token(), replica: false });
  appendBenchClauses(writer.document, [clauseId]);
  await writer.allAcknowledged();
  const text = benchParagraphText(writer.document, clauseId);

  const cpuBefore = target.usage().cpuMicroseconds;
  const start = performance.now();
  for (let update = 0; update < updates; update += 1) text.insert(text.length, update % 2 === 0 ? '条' : 'a');
  const acknowledged = await settlesWithin(writer.allAcknowledged(), 120_000);
  const seconds = (performance.now() - start) / 1000;
  const cpu = target.usage().cpuMicroseconds - cpuBefore;

  const reader = await connectRawClient({ websocketUrl: target.websocketUrl, documentName: document.name, token: await document.token(), replica: true });
  const diverged = benchParagraphText(reader.document, clauseId).toString() !== text.toString();
  reader.close();
  writer.close();
  return {
    updates,
    acknowledgedUpdatesPerSecond: updates / seconds,
    serverCpuMicrosecondsPerUpdate: cpu / updates,
    unacknowledged: acknowledged ? 0 : writer.sent - writer.acknowledged,
    diverged,
  };
}
