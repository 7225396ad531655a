import * as Y from 'yjs';

interface EditorEdits {
  editorIndex: number;
  sentAt: number[];
  remaining: number[];
  lastArrival: number[];
  measured: boolean[];
  /** Per receiver, the next clock of this editor it has not had yet: a repeated delivery is not counted twice. */
  receivedThrough: Int32Array;
}

/**
 * Follows every edit of one document until each other client has it. An edit is named by its Yjs id (client id and
 * clock); incoming updates are read with `Y.parseUpdateMeta`, which also covers updates the server merged.
 */
export class DeliveryTracker {
  private readonly editors = new Map<number, EditorEdits>();
  private readonly parsedFrames = new Map<string, { from: Map<number, number>; to: Map<number, number> }>();
  readonly latencies: number[] = [];
  deliveries = 0;
  measuredDeliveries = 0;

  constructor(private readonly clientCount: number) {}

  registerEditor(clientId: number, editorIndex: number): void {
    this.editors.set(clientId, { editorIndex, sentAt: [], remaining: [], lastArrival: [], measured: [], receivedThrough: new Int32Array(this.clientCount) });
  }

  /** Call right before the edit with this clock is made. */
  editSent(clientId: number, clock: number, sentAt: number, measured: boolean): void {
    const editor = this.editors.get(clientId);
    if (!editor) throw new Error(`unknown editor ${clientId}`);
    editor.sentAt[clock] = sentAt;
    editor.remaining[clock] = this.clientCount - 1;
    editor.lastArrival[clock] = sentAt;
    editor.measured[clock] = measured;
  }

  updateReceived(receiverIndex: number, update: Uint8Array, receivedAt: number): void {
    // The server sends the same bytes to every client, so each broadcast is parsed once.
    const key = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('latin1');
    let meta = this.parsedFrames.get(key);
    if (!meta) {
      if (this.parsedFrames.size > 2000) this.parsedFrames.clear();
      meta = Y.parseUpdateMeta(update);
      this.parsedFrames.set(key, meta);
    }
    for (const [clientId, fromClock] of meta.from) {
      const editor = this.editors.get(clientId);
      if (!editor || editor.editorIndex === receiverIndex) continue;
      const toClock = Math.min(meta.to.get(clientId) ?? fromClock, editor.sentAt.length);
      const firstNew = Math.max(fromClock, editor.receivedThrough[receiverIndex] ?? 0);
      for (let clock = firstNew; clock < toClock; clock += 1) this.deliver(editor, clock, receivedAt);
      if (toClock > firstNew) editor.receivedThrough[receiverIndex] = toClock;
    }
  }

  /** Deliveries still missing (edit × receiver pairs). */
  missingDeliveries(): number {
    let missing = 0;
    for (const editor of this.editors.values()) for (const remaining of editor.remaining) missing += remaining ?? 0;
    return missing;
  }

  private deliver(editor: EditorEdits, clock: number, receivedAt: number): void {
    const remaining = editor.remaining[clock];
    if (remaining === undefined || remaining <= 0) return;
    this.deliveries += 1;
    if (editor.measured[clock]) this.measuredDeliveries += 1;
    editor.remaining[clock] = remaining - 1;
    if (receivedAt > (editor.lastArrival[clock] ?? 0)) editor.lastArrival[clock] = receivedAt;
    if (remaining - 1 === 0 && editor.measured[clock]) this.latencies.push((editor.lastArrival[clock] ?? receivedAt) - (editor.sentAt[clock] ?? receivedAt));
  }
}
