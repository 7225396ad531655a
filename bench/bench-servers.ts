import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type RawData } from 'ws';
import { startNormdraftServer } from '../server/normdraft-server';
import { createStandardAs, signedUpClient, type ApiClient } from '../test/helpers/api-client';
import { createTemporaryDirectory } from '../test/helpers/temporary-directory';
import { testEnvironment } from '../test/helpers/test-environment';

export interface BenchTarget {
  name: string;
  websocketUrl: string;
  documentName: string;
  token: () => Promise<string>;
  stop(): Promise<void>;
}

/** Our server as it runs in production: tickets, durable beforeSync persistence on a real SQLite file. */
export async function startOurServer(): Promise<BenchTarget> {
  const directory = createTemporaryDirectory();
  const server = await startNormdraftServer(testEnvironment(directory.path));
  const api: ApiClient = await signedUpClient(server.url, 'bench');
  const standardId = await createStandardAs(api, '基准测试');
  return {
    name: 'normdraft',
    websocketUrl: `${server.url.replace(/^http/, 'ws')}/collab`,
    documentName: `standard:${standardId}`,
    token: async () => ((await api.post('/api/collab/ticket', { standardId })).body as { token: string }).token,
    async stop() {
      await server.close();
      directory.remove();
    },
  };
}

/** The baseline: a bare Hocuspocus of the same version with no hooks and in-memory storage. */
export async function startBaselineServer(): Promise<BenchTarget> {
  const hocuspocus = new Hocuspocus({ quiet: true });
  const server: Server = createServer();
  const websocketServer = new WebSocketServer({ server });
  websocketServer.on('connection', (websocket, request) => {
    const connection = hocuspocus.handleConnection(websocket, new Request(`http://localhost${request.url ?? '/'}`));
    websocket.on('message', (data: RawData) => connection.handleMessage(new Uint8Array(data as Buffer)));
    websocket.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    name: 'baseline',
    websocketUrl: `ws://127.0.0.1:${port}`,
    documentName: 'baseline-document',
    token: async () => 'anonymous',
    async stop() {
      for (const client of websocketServer.clients) client.terminate();
      websocketServer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
