import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type RawData } from 'ws';
import { collaborationPath } from '../../shared/collab/document-name';
import { DurableAcknowledgementSocket } from './durable-acknowledgement-socket';
import { createStaleUpdateFilter } from './stale-update-filter';

export interface WebsocketUpgradeOptions {
  maxPayloadBytes: number;
  /** Refuses upgrades addressed to a host this server is not known by (DNS rebinding). */
  isKnownHost(host: string | undefined): boolean;
  /** Decides whether a browser page from this Origin may open a socket; requests without Origin are not from a browser. */
  isAllowedOrigin(origin: string, request: IncomingMessage): boolean;
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (let index = 0; index < request.rawHeaders.length; index += 2) {
    const name = request.rawHeaders[index];
    const value = request.rawHeaders[index + 1];
    if (name !== undefined && value !== undefined) headers.append(name, value);
  }
  return headers;
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Serves the collaboration websocket on the HTTP server's own port, at `/collab`. */
export function attachCollaborationWebsocket(server: Server, hocuspocus: Hocuspocus, options: WebsocketUpgradeOptions): WebSocketServer {
  const websocketServer = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== collaborationPath) {
      refuseUpgrade(socket, 404, 'Not Found');
      return;
    }
    if (!options.isKnownHost(request.headers.host)) {
      refuseUpgrade(socket, 421, 'Misdirected Request');
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !options.isAllowedOrigin(origin, request)) {
      refuseUpgrade(socket, 403, 'Forbidden');
      return;
    }
    websocketServer.handleUpgrade(request, socket, head, (websocket) => {
      const webRequest = new Request(new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`), {
        headers: headersOf(request),
      });
      const connection = hocuspocus.handleConnection(new DurableAcknowledgementSocket(websocket), webRequest);
      const isCurrent = createStaleUpdateFilter();
      websocket.on('message', (data: RawData) => {
        const frame = toBytes(data);
        if (isCurrent(frame)) connection.handleMessage(frame);
      });
      websocket.on('close', (code: number, reason: Buffer) => connection.handleClose({ code, reason: reason.toString() }));
      websocket.on('error', () => websocket.terminate());
    });
  });

  return websocketServer;
}
