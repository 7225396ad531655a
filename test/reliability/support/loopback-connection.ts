import type { Hocuspocus, WebSocketLike } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { DurableAcknowledgementSocket } from '../../../server/collab/durable-acknowledgement-socket';
import { authenticationFrame, authSubtypes, messageTypes, readFrame } from './protocol-frames';

const open = 1;
const closed = 3;

/**
 * A websocket stand-in handed straight to `hocuspocus.handleConnection`: frames go through the real
 * connection, hooks and extensions without a network, so thousands of them fit in a unit test.
 */
export class LoopbackConnection implements WebSocketLike {
  readyState = open;
  closedWith: { code: number; reason: string } | null = null;
  private readonly received: Uint8Array[] = [];
  private readonly connection: ReturnType<Hocuspocus['handleConnection']>;

  /** `wrapped: false` hands this socket to Hocuspocus as it is, unlike the server, which wraps every socket. */
  constructor(hocuspocus: Hocuspocus, { wrapped } = { wrapped: true }) {
    // Wrapped as the server wraps every socket, so acknowledgements wait for the update log here too.
    this.connection = hocuspocus.handleConnection(wrapped ? new DurableAcknowledgementSocket(this) : this, new Request('http://127.0.0.1/collab'));
  }

  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    if (ArrayBuffer.isView(data)) this.received.push(new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice());
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState === closed) return;
    this.readyState = closed;
    this.closedWith = { code, reason };
    this.connection.handleClose({ code, reason });
  }

  deliver(frame: Uint8Array): void {
    this.connection.handleMessage(frame);
  }

  /** Number of frames received so far; pass it to `waitForAcknowledgement` to look only at later ones. */
  get receivedCount(): number {
    return this.received.length;
  }

  async authenticate(documentName: string, token: string): Promise<boolean> {
    const start = this.received.length;
    this.deliver(authenticationFrame(documentName, token));
    const answer = await this.waitFor(start, (type) => type === messageTypes.auth);
    return answer !== null && decoding.readVarUint(answer) === authSubtypes.authenticated;
  }

  /** Resolves with true for an acknowledgement that the update was applied, false for a refusal, null when closed. */
  async waitForAcknowledgement(start: number): Promise<boolean | null> {
    const answer = await this.waitFor(start, (type) => type === messageTypes.syncStatus);
    return answer === null ? null : decoding.readVarUint(answer) === 1;
  }

  private async waitFor(start: number, matches: (type: number) => boolean): Promise<decoding.Decoder | null> {
    const deadline = Date.now() + 10_000;
    for (let index = start; Date.now() < deadline; ) {
      for (; index < this.received.length; index += 1) {
        const bytes = this.received[index];
        const read = bytes ? readFrame(bytes) : null;
        if (read && matches(read.type)) return read.decoder;
      }
      if (this.readyState === closed) return null;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error('the collaboration server neither answered nor closed the connection');
  }
}
