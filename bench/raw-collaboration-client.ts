import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

// Hocuspocus frames: [document name][message type][...]; the sync part is y-protocols' sync message.
const messageSync = 0;
const messageAwareness = 1;
const messageAuth = 2;
const messageSyncReply = 4;
const messageSyncStatus = 8;
const authToken = 0;
const authPermissionDenied = 1;
const syncStepOne = 0;
const syncStepTwo = 1;
const syncUpdate = 2;
/** Hocuspocus drops a connection that has sent nothing for 60 s; providers renew their awareness every 15 s. */
const keepAliveMilliseconds = 15_000;

export interface RawClientOptions {
  websocketUrl: string;
  documentName: string;
  token: string;
  /** Apply every incoming update to `document` (a watcher); otherwise only the initial state is applied (an editor). */
  replica: boolean;
  /** Called with each incoming update, before it is applied, with the time it arrived. */
  onUpdate?: (update: Uint8Array, receivedAt: number) => void;
}

/**
 * A collaboration client that writes Hocuspocus frames by hand: no provider, no awareness, no reconnection, so a
 * single load-generator process can drive hundreds of them. Local changes to `document` are sent as they happen.
 */
export class RawCollaborationClient {
  readonly document = new Y.Doc();
  /** SyncStatus(true) messages received: the server's acknowledgements of our updates. */
  acknowledged = 0;
  sent = 0;
  closeCode: number | null = null;
  private readonly socket: WebSocket;
  private readonly acknowledgementWaiters: Array<{ count: number; done: () => void }> = [];
  private syncedResolve: () => void = () => undefined;
  private syncedReject: (error: Error) => void = () => undefined;
  private isSynced = false;
  private lastSentAt = Date.now();
  private readonly keepAlive: NodeJS.Timeout;
  readonly synced: Promise<void>;

  constructor(private readonly options: RawClientOptions) {
    this.synced = new Promise((resolve, reject) => {
      this.syncedResolve = resolve;
      this.syncedReject = reject;
    });
    this.socket = new WebSocket(options.websocketUrl, { perMessageDeflate: false });
    this.socket.binaryType = 'nodebuffer';
    this.socket.on('open', () => {
      this.sendFrame((encoder) => {
        encoding.writeVarUint(encoder, messageAuth);
        encoding.writeVarUint(encoder, authToken);
        encoding.writeVarString(encoder, options.token);
      });
      this.sendFrame((encoder) => {
        encoding.writeVarUint(encoder, messageSync);
        encoding.writeVarUint(encoder, syncStepOne);
        encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.document));
      });
    });
    this.socket.on('message', (data: Buffer) => this.receive(data, performance.now()));
    this.socket.on('error', (error) => this.syncedReject(error));
    this.socket.on('close', (code) => {
      this.closeCode = code;
      this.syncedReject(new Error(`socket closed with ${code} before the first sync`));
    });
    this.document.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      this.sendUpdate(update);
    });
    this.keepAlive = setInterval(() => {
      if (Date.now() - this.lastSentAt < keepAliveMilliseconds || this.socket.readyState !== WebSocket.OPEN) return;
      // An awareness update naming no client: it keeps the connection alive and changes nothing.
      this.sendFrame((encoder) => {
        encoding.writeVarUint(encoder, messageAwareness);
        encoding.writeVarUint8Array(encoder, Uint8Array.of(0));
      });
    }, keepAliveMilliseconds / 3);
    this.keepAlive.unref();
  }

  sendUpdate(update: Uint8Array): void {
    this.sent += 1;
    this.sendFrame((encoder) => {
      encoding.writeVarUint(encoder, messageSync);
      encoding.writeVarUint(encoder, syncUpdate);
      encoding.writeVarUint8Array(encoder, update);
    });
  }

  /** Resolves once the server has acknowledged everything sent so far (for our server: written to disk). */
  allAcknowledged(): Promise<void> {
    return this.acknowledgedAtLeast(this.sent);
  }

  acknowledgedAtLeast(count: number): Promise<void> {
    if (this.acknowledged >= count) return Promise.resolve();
    return new Promise((done) => this.acknowledgementWaiters.push({ count, done }));
  }

  close(): void {
    clearInterval(this.keepAlive);
    this.socket.terminate();
    this.document.destroy();
  }

  private sendFrame(write: (encoder: encoding.Encoder) => void): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.options.documentName);
    write(encoder);
    this.lastSentAt = Date.now();
    this.socket.send(encoding.toUint8Array(encoder));
  }

  private receive(data: Buffer, receivedAt: number): void {
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === messageSyncStatus) {
      if (decoding.readVarUint(decoder) === 1) this.acknowledge();
    } else if (type === messageAuth) {
      if (decoding.readVarUint(decoder) === authPermissionDenied) this.syncedReject(new Error(`permission denied: ${decoding.readVarString(decoder)}`));
    } else if (type === messageSync || type === messageSyncReply) {
      const subtype = decoding.readVarUint(decoder);
      if (subtype === syncStepOne) {
        this.answerSyncStepOne(decoding.readVarUint8Array(decoder));
        return;
      }
      const update = decoding.readVarUint8Array(decoder);
      if (subtype === syncStepTwo && !this.isSynced) {
        Y.applyUpdate(this.document, update, this);
        this.isSynced = true;
        this.syncedResolve();
        return;
      }
      if (subtype === syncUpdate || subtype === syncStepTwo) {
        this.options.onUpdate?.(update, receivedAt);
        if (this.options.replica) Y.applyUpdate(this.document, update, this);
      }
    }
  }

  /** Like a provider: sends what the server lacks (sync step 2), which the server acknowledges like an update. */
  private answerSyncStepOne(serverStateVector: Uint8Array): void {
    this.sent += 1;
    this.sendFrame((encoder) => {
      encoding.writeVarUint(encoder, messageSync);
      encoding.writeVarUint(encoder, syncStepTwo);
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(this.document, serverStateVector));
    });
  }

  private acknowledge(): void {
    this.acknowledged += 1;
    for (let index = this.acknowledgementWaiters.length - 1; index >= 0; index -= 1) {
      const waiter = this.acknowledgementWaiters[index];
      if (waiter && this.acknowledged >= waiter.count) {
        this.acknowledgementWaiters.splice(index, 1);
        waiter.done();
      }
    }
  }
}

export async function connectRawClient(options: RawClientOptions, timeoutMilliseconds = 30_000): Promise<RawCollaborationClient> {
  const client = new RawCollaborationClient(options);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.synced,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`${options.documentName}: no first sync within ${timeoutMilliseconds} ms`)), timeoutMilliseconds);
      }),
    ]);
  } catch (error) {
    client.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return client;
}
