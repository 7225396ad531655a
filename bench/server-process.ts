// Child-process entry: `node --import tsx --expose-gc bench/server-process.ts <normdraft|baseline> <data directory>`.
// Runs one server in its own process so its CPU and memory can be measured apart from the load generator.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type RawData } from 'ws';
import { startNormdraftServer } from '../server/normdraft-server';
import { testEnvironment } from '../test/helpers/test-environment';
import { isServerRequest, type ServerReply, type ServerKind } from './server-messages';

interface Running {
  url: string;
  close(): Promise<void>;
}

/** Our server as it runs in production; only the comment rate limits are raised so repeated bursts fit in one minute. */
async function startOurs(directory: string): Promise<Running> {
  return startNormdraftServer(
    testEnvironment(directory, {
      CLIENT_DIRECTORY: resolve('dist/client'),
      COMMENTS_PER_ADDRESS_PER_MINUTE: '100000',
      LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
    }),
  );
}

/** The baseline: a bare Hocuspocus of the same version, no hooks, in-memory storage. */
async function startBaseline(): Promise<Running> {
  const hocuspocus = new Hocuspocus({ quiet: true });
  const server: Server = createServer();
  const websocketServer = new WebSocketServer({ server });
  websocketServer.on('connection', (websocket, request) => {
    const connection = hocuspocus.handleConnection(websocket, new Request(`http://localhost${request.url ?? '/'}`));
    websocket.on('message', (data: RawData) => connection.handleMessage(new Uint8Array(data as Buffer)));
    websocket.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      for (const client of websocketServer.clients) client.terminate();
      websocketServer.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function reply(message: ServerReply): void {
  process.send?.(message);
}

const kind = process.argv[2] as ServerKind;
const directory = process.argv[3] ?? '';
const running = kind === 'normdraft' ? await startOurs(directory) : await startBaseline();
const collectGarbage = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: unknown) => {
  if (!isServerRequest(message)) return;
  if (message.type === 'memory') {
    collectGarbage?.();
    const memory = process.memoryUsage();
    reply({ type: 'memory', id: message.id, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed });
  } else {
    void running.close().then(() => process.exit(0));
  }
});
// Without its parent nobody would ever stop this server.
process.on('disconnect', () => process.exit(0));
reply({ type: 'ready', url: running.url });
