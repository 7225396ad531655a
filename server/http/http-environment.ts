import type { Hono } from 'hono';
import type { LoginThrottles } from '../auth/log-in';
import type { SessionCookieSettings } from '../auth/session-cookie';
import type { SessionLifetimes, ValidSession } from '../auth/sessions';
import type { LiveDocumentGateway } from '../commands/live-document-gateway';
import type { Database } from '../db/client';
import type { LedgerSigningKey } from '../ledger/signing-key';
import type { SlidingWindowLimit } from '../rate-limit/sliding-window-limit';

export interface HttpDependencies {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  /** Signs record-log checkpoints. */
  ledgerSigningKey: LedgerSigningKey;
  sessionLifetimes: SessionLifetimes;
  sessionCookie: SessionCookieSettings;
  loginThrottles: LoginThrottles;
  commentSubmissionLimits: { perAccount: SlidingWindowLimit; perAddress: SlidingWindowLimit };
  publicUrl: URL | null;
  clientDirectory: string;
}

export interface HttpVariables {
  session: ValidSession | null;
}

export type HttpApp = Hono<{ Variables: HttpVariables }>;
