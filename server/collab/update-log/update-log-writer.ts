import { Worker } from 'node:worker_threads';
import { updateLogBatchSizeHistogram, updateLogWriteSecondsHistogram } from '../../operations/metrics/metrics-registry';
import { isBatchResult, type LogWrite, type SnapshotEntry, type UpdateLogEntry, type UpdateLogWorkerData } from './update-log-messages';

interface PendingEntry {
  entry: LogWrite;
  resolve: (id: number) => void;
  reject: (error: Error) => void;
}

/** The thread runs TypeScript like the rest of the server, so it registers tsx before loading its entry. */
function startThread(data: UpdateLogWorkerData): Worker {
  const entry = new URL('./update-log-thread.ts', import.meta.url).href;
  const typescriptLoader = import.meta.resolve('tsx/esm/api');
  const source = `import(${JSON.stringify(typescriptLoader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(source, { eval: true, workerData: data });
}

/**
 * Appends updates to the update log from a thread of its own. Updates queued while a batch is being written go
 * together in the next one: one transaction and one fsync for everything that arrived meanwhile. Each promise
 * settles only once its batch is committed (or has failed).
 */
export class UpdateLogWriter {
  private thread: Worker | null = null;
  private queued: PendingEntry[] = [];
  private inFlight: PendingEntry[] | null = null;
  private stopInFlightTimer: (() => void) | null = null;
  private sendScheduled = false;
  private closing = false;
  private readonly idleWaiters: Array<() => void> = [];

  constructor(private readonly workerData: UpdateLogWorkerData) {
    this.thread = this.startThread();
  }

  append(entry: UpdateLogEntry): Promise<number> {
    return this.enqueue(entry);
  }

  /** Writes a snapshot after every update queued before it, so the fsync of compaction never blocks the event loop. */
  async writeSnapshot(snapshot: SnapshotEntry): Promise<void> {
    await this.enqueue(snapshot);
  }

  private enqueue(entry: LogWrite): Promise<number> {
    if (this.closing) return Promise.reject(new Error('the update log is closed'));
    return new Promise<number>((resolve, reject) => {
      this.queued.push({ entry, resolve, reject });
      if (this.inFlight === null && !this.sendScheduled) {
        // Everything Hocuspocus handles in this turn of the event loop joins the first batch.
        this.sendScheduled = true;
        setImmediate(() => {
          this.sendScheduled = false;
          if (this.inFlight === null) this.sendNextBatch();
        });
      }
    });
  }

  /** Whether a thread is there to write (a thread that died is started again by the next batch) and how many entries wait. */
  status(): { threadAlive: boolean; closed: boolean; backlog: number } {
    return { threadAlive: this.thread !== null, closed: this.closing, backlog: this.queued.length + (this.inFlight?.length ?? 0) };
  }

  /** Waits for every queued update to be written, then stops the thread. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.inFlight !== null || this.queued.length > 0 || this.sendScheduled) {
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
    const thread = this.thread;
    this.thread = null;
    await thread?.terminate();
  }

  private sendNextBatch(): void {
    const batch = this.queued;
    this.queued = [];
    if (batch.length === 0) {
      this.inFlight = null;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    this.inFlight = batch;
    updateLogBatchSizeHistogram.observe(batch.length);
    this.stopInFlightTimer = updateLogWriteSecondsHistogram.startTimer();
    this.thread ??= this.startThread();
    this.thread.postMessage(batch.map((pending) => pending.entry));
  }

  private startThread(): Worker {
    const thread = startThread(this.workerData);
    thread.on('message', (message: unknown) => this.finishBatch(message));
    thread.on('error', (error) => this.abandonThread(thread, error));
    thread.on('exit', (code) => this.abandonThread(thread, new Error(`the update-log thread stopped with code ${code}`)));
    return thread;
  }

  private finishBatch(message: unknown): void {
    const batch = this.inFlight ?? [];
    this.stopInFlightTimer?.();
    this.stopInFlightTimer = null;
    if (isBatchResult(message) && 'ids' in message && message.ids.length === batch.length) {
      batch.forEach((pending, index) => pending.resolve(message.ids[index] ?? Number.NaN));
    } else {
      const reason = isBatchResult(message) && 'error' in message ? message.error : 'the update-log thread answered with something else';
      for (const pending of batch) pending.reject(new Error(reason));
    }
    this.sendNextBatch();
  }

  /** A batch in flight when the thread died may or may not be on disk; it is refused, and its editors send it again. */
  private abandonThread(thread: Worker, error: Error): void {
    if (this.thread !== thread) return;
    this.thread = null;
    const batch = this.inFlight ?? [];
    this.inFlight = null;
    this.stopInFlightTimer = null;
    for (const pending of batch) pending.reject(error);
    if (this.closing && this.queued.length === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    if (this.queued.length > 0) this.sendNextBatch();
  }
}
