import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

const messageTypeSync = 0;
const messageTypeAuth = 2;
const authTokenSubtype = 0;
const syncUpdateSubtype = 2;

export interface RawCollaborationSocket {
  socket: WebSocket;
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  received: Uint8Array[];
  sendAuthentication(token: string): void;
  sendUpdate(payload: Uint8Array): void;
  send(frame: Uint8Array): void;
}

/** Speaks the Hocuspocus wire protocol by hand, so tests can send frames a well-behaved provider never would. */
export function openRawCollaborationSocket(baseUrl: string, documentName: string, headers: Record<string, string> = {}): RawCollaborationSocket {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/collab`, { headers });
  const received: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused with ${response.statusCode}`)));
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
  );

  function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    write(encoder);
    return encoding.toUint8Array(encoder);
  }

  return {
    socket,
    opened,
    closed,
    received,
    send: (bytes) => socket.send(bytes),
    sendAuthentication(token) {
      socket.send(
        frame((encoder) => {
          encoding.writeVarUint(encoder, messageTypeAuth);
          encoding.writeVarUint(encoder, authTokenSubtype);
          encoding.writeVarString(encoder, token);
        }),
      );
    },
    sendUpdate(payload) {
      socket.send(
        frame((encoder) => {
          encoding.writeVarUint(encoder, messageTypeSync);
          encoding.writeVarUint(encoder, syncUpdateSubtype);
          encoding.writeVarUint8Array(encoder, payload);
        }),
      );
    },
  };
}
