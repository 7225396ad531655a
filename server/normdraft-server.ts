import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { serverOriginFor } from './auth/same-origin';
import { LoginThrottle } from './auth/login-throttle';
import { sessionCookieSettings } from './auth/session-cookie';
import { createCollaborationServer } from './collab/collaboration-server';
import { CommentPeriodCloser } from './commands/comment-period-closer';
import { createLiveDocumentGateway } from './collab/live-document-gateway';
import { attachCollaborationWebsocket } from './collab/websocket-upgrade';
import { openDatabase } from './db/client';
import { findLibreOffice, LibreOfficeConverter } from './exports/pdf/libreoffice-converter';
import { ReviewScheduler } from './reviews/review-scheduler';
import { checkpointIntervalMilliseconds, startCheckpointSigner } from './ledger/checkpoint-signer';
import { loadOrCreateLedgerSigningKey } from './ledger/signing-key';
import { SlidingWindowLimit } from './rate-limit/sliding-window-limit';
import type { Environment } from './env';
import { createHttpApp } from './http/http-app';
import { KnownHosts } from './http/known-hosts';
import { startBackupSchedule } from './operations/backup/backup-schedule';
import { readServerHealth } from './operations/health/server-health';
import { createServerLogger } from './operations/logging/server-logger';
import { startProcessMetrics } from './operations/metrics/metrics-registry';

export interface RunningServer {
  url: string;
  port: number;
  /** The host names requests may be addressed to. */
  knownHosts: string[];
  close(): Promise<void>;
}

/** How soon after its end time a comment period's close is written to the record log. */
const periodCloseCheckMilliseconds = 5000;

/** A conversion of the 150-page standard takes about 3 s; past this LibreOffice is killed. */
const pdfConversionTimeoutMilliseconds = 120_000;

/** How soon after their set times correspondence ballots open and close. */
const reviewScheduleCheckMilliseconds = 1000;

/** Wires database → collaboration → HTTP on one port and starts listening. */
export async function startNormdraftServer(environment: Environment): Promise<RunningServer> {
  startProcessMetrics();
  const logger = createServerLogger(environment.logLevel);
  const ledgerSigningKey = loadOrCreateLedgerSigningKey(environment.ledgerKeyPath);
  const connection = openDatabase(environment.databasePath);
  const checkpointSigner = startCheckpointSigner(connection.database, ledgerSigningKey, checkpointIntervalMilliseconds, (error) => logger.error({ err: error }, 'Could not sign a record-log checkpoint'));
  const collaboration = createCollaborationServer(connection);
  const { hocuspocus } = collaboration;
  const windowMilliseconds = environment.loginThrottleWindowMilliseconds;
  const knownHosts = KnownHosts.forServer(environment.publicUrl, environment.allowedHosts);
  const liveDocuments = createLiveDocumentGateway(hocuspocus, collaboration.warmUp);
  const pdfConverter = new LibreOfficeConverter({ executable: findLibreOffice(), timeoutMilliseconds: pdfConversionTimeoutMilliseconds });
  const app = createHttpApp({
    database: connection.database,
    liveDocuments,
    ledgerSigningKey,
    sessionLifetimes: {
      idleTimeoutMilliseconds: environment.sessionIdleTimeoutMilliseconds,
      absoluteTimeoutMilliseconds: environment.sessionAbsoluteTimeoutMilliseconds,
    },
    sessionCookie: sessionCookieSettings(environment.publicUrl?.protocol === 'https:'),
    loginThrottle: new LoginThrottle({
      freeAttempts: environment.loginFreeAttempts,
      backoffBaseMilliseconds: environment.loginBackoffBaseMilliseconds,
      backoffMaximumMilliseconds: environment.loginBackoffMaximumMilliseconds,
      attemptsPerAccount: environment.loginAttemptsPerAccount,
      attemptsPerAddress: environment.loginAttemptsPerAddress,
      windowMilliseconds,
    }),
    signupsPerAddress: new SlidingWindowLimit(environment.signupsPerAddressPerHour, 60 * 60 * 1000),
    knownHosts,
    commentSubmissionLimits: {
      perAccount: new SlidingWindowLimit(environment.commentsPerAccountPerMinute, 60_000),
      perAddress: new SlidingWindowLimit(environment.commentsPerAddressPerMinute, 60_000),
    },
    publicUrl: environment.publicUrl,
    bodyTimeZone: environment.bodyTimeZone,
    clientDirectory: environment.clientDirectory,
    pdfConverter,
    wordImportLimits: environment.wordImportLimits,
    periodicReviewIntervalYears: environment.periodicReviewIntervalYears,
    complaintAnswerDays: environment.complaintAnswerDays,
    readHealth: () => readServerHealth({ database: connection.database, updateLog: collaboration.updateLog, checkpointSigner }),
    metricsToken: environment.metricsToken,
    logger,
  });

  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: app.fetch, port: environment.port, hostname: environment.host }, () => resolve(started as Server));
  });
  const websocketServer = attachCollaborationWebsocket(server, hocuspocus, {
    maxPayloadBytes: environment.collaborationMaxPayloadBytes,
    isKnownHost: (host) => knownHosts.accepts(host),
    isAllowedOrigin: (origin, request) =>
      origin === serverOriginFor(`http://${request.headers.host ?? 'localhost'}/`, request.headers.host ?? null, environment.publicUrl),
  });

  const commentPeriodCloser = new CommentPeriodCloser(connection.database);
  commentPeriodCloser.closeEndedPeriods(new Date());
  const periodCloser = setInterval(() => commentPeriodCloser.closeEndedPeriods(new Date()), periodCloseCheckMilliseconds);
  periodCloser.unref();
  const reviewScheduler = new ReviewScheduler(connection.database, liveDocuments, environment.bodyTimeZone);
  let reviewSchedulerRun: Promise<unknown> = Promise.resolve();
  const reviewTimer = setInterval(() => {
    reviewSchedulerRun = reviewSchedulerRun.then(() => reviewScheduler.run(new Date())).catch((error: unknown) => logger.error({ err: error }, 'Could not open or close a correspondence ballot'));
  }, reviewScheduleCheckMilliseconds);
  reviewTimer.unref();
  const backupSchedule = environment.backups
    ? startBackupSchedule({ ...environment.backups, databasePath: environment.databasePath, ledgerKeyPath: environment.ledgerKeyPath, publicKey: ledgerSigningKey.publicKey })
    : null;

  const port = (server.address() as AddressInfo).port;
  const displayHost = environment.host === '0.0.0.0' || environment.host === '::' ? 'localhost' : environment.host;
  return {
    url: environment.publicUrl?.origin ?? `http://${displayHost}:${port}`,
    port,
    knownHosts: knownHosts.list(),
    async close() {
      // Stop listening first: no request and no reconnecting provider gets in while the drafts are being stored.
      const httpServerClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      clearInterval(periodCloser);
      clearInterval(reviewTimer);
      await reviewSchedulerRun;
      await backupSchedule?.stop();
      for (const client of websocketServer.clients) client.terminate();
      hocuspocus.flushPendingStores();
      await new Promise<void>((resolve) => setImmediate(resolve));
      websocketServer.close();
      await httpServerClosed;
      checkpointSigner.stop();
      await collaboration.close();
      connection.close();
      pdfConverter.dispose();
    },
  };
}
