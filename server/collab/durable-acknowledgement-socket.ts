import { IncomingMessage, MessageType, type WebSocketLike } from '@hocuspocus/server';
import { acknowledgementSecondsHistogram } from '../operations/metrics/metrics-registry';

/** WebSocket.OPEN, which a WebSocketLike does not carry. */
const openState = 1;

/** Hocuspocus broadcasts one message object to every connection of a document, so the last answer usually holds. */
let lastClassified: { message: Uint8Array; isSyncStatus: boolean } | null = null;

/** Reads the message type after the document address (a length-prefixed string) without decoding the address. */
function readIsSyncStatus(data: Uint8Array): boolean {
  try {
    const message = new IncomingMessage(data);
    const addressLength = message.readVarUint();
    // Message types are below 128, so the type is the single byte after the address.
    return data[message.decoder.pos + addressLength] === MessageType.SyncStatus;
  } catch {
    return false;
  }
}

function isSyncStatus(data: Uint8Array): boolean {
  if (lastClassified?.message !== data) lastClassified = { message: data, isSyncStatus: readIsSyncStatus(data) };
  return lastClassified.isSyncStatus;
}

function asBytes(data: string | ArrayBufferLike | Blob | ArrayBufferView): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

/**
 * The socket Hocuspocus writes to for one connection. Hocuspocus acknowledges an update (SyncStatus) as soon as it
 * has applied it in memory; this socket holds each acknowledgement back until the writes registered before it are
 * on disk, and sends the acknowledgements in order. Everything else, including other people's edits, goes out at
 * once, so the fan-out of an edit does not wait for its fsync while "saved" still means "on disk".
 */
export class DurableAcknowledgementSocket implements WebSocketLike {
  private writesBeforeNextAcknowledgement: Promise<void> = Promise.resolve();
  private acknowledgements: Promise<void> = Promise.resolve();
  private outstandingWrites = 0;
  private queuedAcknowledgements = 0;
  /** Set once a write failed: its acknowledgement and every later one are never sent (the connection is closed). */
  private storageFailed = false;
  /** When the update whose write was registered last arrived: Hocuspocus sends its acknowledgement right after. */
  private lastHeldUpdateArrivedAt: number | null = null;

  constructor(private readonly websocket: WebSocketLike) {}

  get readyState(): number {
    return this.websocket.readyState;
  }

  close(code?: number, reason?: string): void {
    this.websocket.close(code, reason);
  }

  /** The acknowledgement of the update being handled, and of every later one, waits until this write is on disk. */
  holdAcknowledgementsUntil(write: Promise<void>): void {
    this.lastHeldUpdateArrivedAt = performance.now();
    this.outstandingWrites += 1;
    const settled = write.finally(() => {
      this.outstandingWrites -= 1;
    });
    this.writesBeforeNextAcknowledgement = Promise.all([this.writesBeforeNextAcknowledgement, settled]).then(() => undefined);
    // A failed write is handled by whoever made it; here it only stops acknowledgements, which may never be asked for.
    this.writesBeforeNextAcknowledgement.catch(() => undefined);
  }

  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    const bytes = asBytes(data);
    if (bytes === null || !isSyncStatus(bytes)) {
      this.websocket.send(data);
      return;
    }
    if (this.storageFailed) return;
    const arrivedAt = this.lastHeldUpdateArrivedAt;
    this.lastHeldUpdateArrivedAt = null;
    if (this.outstandingWrites === 0 && this.queuedAcknowledgements === 0) {
      this.websocket.send(bytes);
      if (arrivedAt !== null) acknowledgementSecondsHistogram.observe((performance.now() - arrivedAt) / 1000);
      return;
    }
    this.queuedAcknowledgements += 1;
    const durable = this.writesBeforeNextAcknowledgement;
    this.acknowledgements = this.acknowledgements
      .then(() => durable)
      .then(
        () => {
          this.queuedAcknowledgements -= 1;
          if (!this.storageFailed && this.websocket.readyState === openState) {
            this.websocket.send(bytes);
            if (arrivedAt !== null) acknowledgementSecondsHistogram.observe((performance.now() - arrivedAt) / 1000);
          }
        },
        () => {
          this.queuedAcknowledgements -= 1;
          this.storageFailed = true;
        },
      );
  }
}
