import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { serverOriginFor } from './auth/same-origin';
import { sessionCookieSettings } from './auth/session-cookie';
import { createCollaborationServer } from './collab/collaboration-server';
import { CommentPeriodCloser } from './commands/comment-period-closer';
import { createLiveDocumentGateway } from './collab/live-document-gateway';
import { attachCollaborationWebsocket } from './collab/websocket-upgrade';
import { openDatabase } from './db/client';
import { checkpointIntervalMilliseconds, startCheckpointSigner } from './ledger/checkpoint-signer';
import { loadOrCreateLedgerSigningKey } from './ledger/signing-key';
import { SlidingWindowLimit } from './rate-limit/sliding-window-limit';
import type { Environment } from './env';
import { createHttpApp } from './http/http-app';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** How soon after its end time a comment period's close is written to the record log. */
const periodCloseCheckMilliseconds = 5000;

/** Wires database → collaboration → HTTP on one port and starts listening. */
export async function startNormdraftServer(environment: Environment): Promise<RunningServer> {
  const ledgerSigningKey = loadOrCreateLedgerSigningKey(environment.ledgerKeyPath);
  const connection = openDatabase(environment.databasePath);
  const checkpointSigner = startCheckpointSigner(connection.database, ledgerSigningKey, checkpointIntervalMilliseconds, (error) => console.error('Could not sign a record-log checkpoint:', error));
  const collaboration = createCollaborationServer(connection);
  const { hocuspocus } = collaboration;
  const windowMilliseconds = environment.loginThrottleWindowMilliseconds;
  const app = createHttpApp({
    database: connection.database,
    liveDocuments: createLiveDocumentGateway(hocuspocus, collaboration.warmUp),
    ledgerSigningKey,
    sessionLifetimes: {
      idleTimeoutMilliseconds: environment.sessionIdleTimeoutMilliseconds,
      absoluteTimeoutMilliseconds: environment.sessionAbsoluteTimeoutMilliseconds,
    },
    sessionCookie: sessionCookieSettings(environment.publicUrl?.protocol === 'https:'),
    loginThrottles: {
      perAccount: new SlidingWindowLimit(environment.loginAttemptsPerAccount, windowMilliseconds),
      perAddress: new SlidingWindowLimit(environment.loginAttemptsPerAddress, windowMilliseconds),
    },
    commentSubmissionLimits: {
      perAccount: new SlidingWindowLimit(environment.commentsPerAccountPerMinute, 60_000),
      perAddress: new SlidingWindowLimit(environment.commentsPerAddressPerMinute, 60_000),
    },
    publicUrl: environment.publicUrl,
    clientDirectory: environment.clientDirectory,
  });

  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: app.fetch, port: environment.port, hostname: environment.host }, () => resolve(started as Server));
  });
  const websocketServer = attachCollaborationWebsocket(server, hocuspocus, {
    maxPayloadBytes: environment.collaborationMaxPayloadBytes,
    isAllowedOrigin: (origin, request) =>
      origin === serverOriginFor(`http://${request.headers.host ?? 'localhost'}/`, request.headers.host ?? null, environment.publicUrl),
  });

  const commentPeriodCloser = new CommentPeriodCloser(connection.database);
  commentPeriodCloser.closeEndedPeriods(new Date());
  const periodCloser = setInterval(() => commentPeriodCloser.closeEndedPeriods(new Date()), periodCloseCheckMilliseconds);
  periodCloser.unref();

  const port = (server.address() as AddressInfo).port;
  const displayHost = environment.host === '0.0.0.0' || environment.host === '::' ? 'localhost' : environment.host;
  return {
    url: environment.publicUrl?.origin ?? `http://${displayHost}:${port}`,
    port,
    async close() {
      clearInterval(periodCloser);
      for (const client of websocketServer.clients) client.terminate();
      hocuspocus.flushPendingStores();
      await new Promise<void>((resolve) => setImmediate(resolve));
      websocketServer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      checkpointSigner.stop();
      await collaboration.close();
      connection.close();
    },
  };
}
