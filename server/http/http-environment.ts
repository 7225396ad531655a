import type { Hono } from 'hono';
import type { LoginThrottle } from '../auth/login-throttle';
import type { SessionCookieSettings } from '../auth/session-cookie';
import type { SessionLifetimes, ValidSession } from '../auth/sessions';
import type { LiveDocumentGateway } from '../commands/live-document-gateway';
import type { Database } from '../db/client';
import type { LibreOfficeConverter } from '../exports/pdf/libreoffice-converter';
import type { LedgerSigningKey } from '../ledger/signing-key';
import type { WordImportLimits } from '../imports/word/word-import';
import type { HealthResponse } from '../../shared/api/health';
import type { ServerLogger } from '../operations/logging/server-logger';
import type { KnownHosts } from './known-hosts';
import type { SlidingWindowLimit } from '../rate-limit/sliding-window-limit';

export interface HttpDependencies {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  /** Signs record-log checkpoints. */
  ledgerSigningKey: LedgerSigningKey;
  sessionLifetimes: SessionLifetimes;
  sessionCookie: SessionCookieSettings;
  loginThrottle: LoginThrottle;
  signupsPerAddress: SlidingWindowLimit;
  knownHosts: KnownHosts;
  commentSubmissionLimits: { perAccount: SlidingWindowLimit; perAddress: SlidingWindowLimit };
  publicUrl: URL | null;
  /** IANA time zone every date people read is shown in (BODY_TIME_ZONE). */
  bodyTimeZone: string;
  clientDirectory: string;
  /** Turns exported Word files into PDF (LibreOffice), one at a time. */
  pdfConverter: LibreOfficeConverter;
  /** What one .docx import may read. */
  wordImportLimits: WordImportLimits;
  /** Years from publication to the next periodic review (复审). */
  periodicReviewIntervalYears: number;
  /** Days from receiving a complaint to the date its answer is due (COMPLAINT_ANSWER_DAYS). */
  complaintAnswerDays: number;
  /** What GET /api/health answers, read when asked. */
  readHealth: () => HealthResponse;
  /** The Bearer token GET /metrics asks for (METRICS_TOKEN); without one it answers loopback requests only. */
  metricsToken: string | null;
  logger: ServerLogger;
}

export interface HttpVariables {
  session: ValidSession | null;
  /** Set for every request by the request log; errors logged while serving it carry it. */
  requestId: string;
}

export type HttpApp = Hono<{ Variables: HttpVariables }>;
