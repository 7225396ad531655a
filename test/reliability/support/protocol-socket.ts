import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { authenticationFrame, authSubtypes, messageTypes, readFrame, stepOneFrame, syncSubtypes } from './protocol-frames';

export interface SocketClose {
  code: number;
  reason: string;
}

/** What became of a socket after a frame: closed by the server, or still answering. */
export type SocketFate = { closed: SocketClose } | { answered: true } | { silent: true };

/**
 * A hand-driven collaboration socket that understands the server's answers: it authenticates, pulls the full
 * document state, sends any bytes, and tells whether the server then closed it or kept answering.
 */
export class ProtocolSocket {
  readonly socket: WebSocket;
  readonly opened: Promise<void>;
  readonly closed: Promise<SocketClose>;
  private closeResult: SocketClose | null = null;
  private readonly received: Uint8Array[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(
    baseUrl: string,
    readonly documentName: string,
  ) {
    this.socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/collab`);
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('error', () => undefined);
    this.closed = new Promise((resolve) => {
      this.socket.once('close', (code: number, reason: Buffer) => {
        this.closeResult = { code, reason: reason.toString() };
        this.notify();
        resolve(this.closeResult);
      });
    });
    this.socket.on('message', (data: Buffer) => {
      this.received.push(new Uint8Array(data));
      this.notify();
    });
  }

  get isClosed(): boolean {
    return this.closeResult !== null;
  }

  send(bytes: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(bytes);
  }

  /** Sends a ticket; resolves with the access the server granted ('read-write' or 'readonly'), or why not. */
  async authenticate(token: string): Promise<'read-write' | 'readonly' | 'denied' | 'closed'> {
    await this.opened;
    const start = this.received.length;
    this.send(authenticationFrame(this.documentName, token));
    const answer = await this.waitFor(start, (read) => read.type === messageTypes.auth, 10_000);
    if (answer === null) return 'closed';
    if (decoding.readVarUint(answer.decoder) !== authSubtypes.authenticated) return 'denied';
    return decoding.readVarString(answer.decoder) === 'readonly' ? 'readonly' : 'read-write';
  }

  /** Waits for the next acknowledgement after frame number `start`: true when applied, false when refused, null when closed. */
  async acknowledgement(start: number, timeoutMilliseconds = 10_000): Promise<boolean | null> {
    const answer = await this.waitFor(start, (read) => read.type === messageTypes.syncStatus, timeoutMilliseconds);
    return answer === null ? null : decoding.readVarUint(answer.decoder) === 1;
  }

  /** Number of frames received so far. */
  get receivedCount(): number {
    return this.received.length;
  }

  /** Every awareness update received after frame number `start`. */
  awarenessUpdates(start = 0): Uint8Array[] {
    return this.received.slice(start).flatMap((bytes) => {
      const read = readFrame(bytes);
      return read?.type === messageTypes.awareness ? [decoding.readVarUint8Array(read.decoder)] : [];
    });
  }

  /** Asks for the whole document (sync step 1 with an empty state vector) and returns it. */
  async pullState(): Promise<Uint8Array> {
    const start = this.received.length;
    this.send(stepOneFrame(this.documentName));
    const answer = await this.waitFor(start, (read) => read.type === messageTypes.sync && decoding.peekVarUint(read.decoder) === syncSubtypes.stepTwo, 10_000);
    if (answer === null) throw new Error('the server closed the socket instead of sending the document');
    decoding.readVarUint(answer.decoder);
    return decoding.readVarUint8Array(answer.decoder);
  }

  /** After some frame: sends a sync step 1 and waits until the server answers it or closes the socket. */
  async fate(timeoutMilliseconds = 5_000): Promise<SocketFate> {
    const start = this.received.length;
    this.send(stepOneFrame(this.documentName));
    const answer = await this.waitFor(start, (read) => read.type === messageTypes.sync && decoding.peekVarUint(read.decoder) === syncSubtypes.stepTwo, timeoutMilliseconds);
    if (this.closeResult) return { closed: this.closeResult };
    return answer ? { answered: true } : { silent: true };
  }

  /** Resolves when the server closed the socket, or with null after the timeout. */
  async closedWithin(timeoutMilliseconds: number): Promise<SocketClose | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMilliseconds);
    });
    try {
      return await Promise.race([this.closed, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  terminate(): void {
    this.socket.terminate();
  }

  private notify(): void {
    for (const waiter of this.waiters) waiter();
  }

  private waitFor(start: number, matches: (read: NonNullable<ReturnType<typeof readFrame>>) => boolean, timeoutMilliseconds: number): Promise<NonNullable<ReturnType<typeof readFrame>> | null> {
    return new Promise((resolve) => {
      let index = start;
      const finish = (result: NonNullable<ReturnType<typeof readFrame>> | null): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(result);
      };
      const check = (): void => {
        for (; index < this.received.length; index += 1) {
          const bytes = this.received[index];
          const read = bytes ? readFrame(bytes) : null;
          if (read && matches(read)) return finish(read);
        }
        if (this.closeResult) finish(null);
      };
      const timer = setTimeout(() => finish(null), timeoutMilliseconds);
      this.waiters.add(check);
      check();
    });
  }
}

/** The document state a server sent, as a Y.Doc. */
export function documentFromState(state: Uint8Array): Y.Doc {
  const document = new Y.Doc();
  Y.applyUpdate(document, state);
  return document;
}
