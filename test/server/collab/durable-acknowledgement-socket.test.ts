import { OutgoingMessage } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { DurableAcknowledgementSocket } from '../../../server/collab/durable-acknowledgement-socket';

/** Stands in for a `ws` socket (a library object): records what would go on the wire. */
function recordingWebsocket(): { websocket: WebSocket; sent: string[] } {
  const sent: string[] = [];
  const websocket = {
    OPEN: 1,
    readyState: 1,
    send(data: Uint8Array) {
      sent.push(kindOf(data));
    },
    close() {
      websocket.readyState = 3;
    },
  };
  return { websocket: websocket as unknown as WebSocket, sent };
}

const acknowledgement = (): Uint8Array => new OutgoingMessage('standard:a').writeSyncStatus(true).toUint8Array();
const otherMessage = (text: string): Uint8Array => new OutgoingMessage('standard:a').writeStateless(text).toUint8Array();
function kindOf(data: Uint8Array): string {
  return data.length === acknowledgement().length && data.every((byte, index) => byte === acknowledgement()[index]) ? 'ack' : 'other';
}

function controlledWrite(): { write: Promise<void>; finish(): void; fail(): void } {
  let finish = (): void => undefined;
  let fail = (): void => undefined;
  const write = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = () => reject(new Error('disk full'));
  });
  return { write, finish, fail };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('DurableAcknowledgementSocket', () => {
  it('sends an acknowledgement at once when nothing is being written', () => {
    const { websocket, sent } = recordingWebsocket();
    new DurableAcknowledgementSocket(websocket).send(acknowledgement());
    expect(sent).toEqual(['ack']);
  });

  it('holds acknowledgements until the writes before them are on disk, in order, while other messages go out at once', async () => {
    const { websocket, sent } = recordingWebsocket();
    const socket = new DurableAcknowledgementSocket(websocket);
    const first = controlledWrite();
    const second = controlledWrite();
    socket.holdAcknowledgementsUntil(first.write);
    socket.send(acknowledgement());
    socket.holdAcknowledgementsUntil(second.write);
    socket.send(acknowledgement());
    socket.send(otherMessage('someone else typed'));
    await settle();
    expect(sent).toEqual(['other']);

    second.finish();
    await settle();
    expect(sent).toEqual(['other']);

    first.finish();
    await settle();
    expect(sent).toEqual(['other', 'ack', 'ack']);
  });

  it('keeps an acknowledgement with no write of its own behind an earlier one still being written', async () => {
    const { websocket, sent } = recordingWebsocket();
    const socket = new DurableAcknowledgementSocket(websocket);
    const write = controlledWrite();
    socket.holdAcknowledgementsUntil(write.write);
    socket.send(acknowledgement());
    socket.send(acknowledgement());
    await settle();
    expect(sent).toEqual([]);
    write.finish();
    await settle();
    expect(sent).toEqual(['ack', 'ack']);
  });

  it('never sends the acknowledgement of a failed write, nor any later one', async () => {
    const { websocket, sent } = recordingWebsocket();
    const socket = new DurableAcknowledgementSocket(websocket);
    const failed = controlledWrite();
    socket.holdAcknowledgementsUntil(failed.write);
    socket.send(acknowledgement());
    failed.fail();
    await failed.write.catch(() => undefined);
    await settle();
    const later = controlledWrite();
    socket.holdAcknowledgementsUntil(later.write);
    socket.send(acknowledgement());
    later.finish();
    socket.send(otherMessage('still delivered'));
    await settle();
    expect(sent).toEqual(['other']);
  });
});
