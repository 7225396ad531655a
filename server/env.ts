import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { defaultBodyTimeZone, isValidTimeZone } from '../shared/time/body-time';
import { defaultWordImportLimits, type WordImportLimits } from './imports/word/word-import';

const mebibyte = 1024 * 1024;

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_PATH: z.string().default('./data/normdraft.db'),
  LEDGER_KEY_PATH: z.string().min(1).optional(),
  PUBLIC_URL: z.url().optional(),
  BODY_TIME_ZONE: z
    .string()
    .default(defaultBodyTimeZone)
    .refine(isValidTimeZone, { message: 'not a time zone this Node.js knows (an IANA name such as Asia/Shanghai or Europe/Berlin)' }),
  CLIENT_DIRECTORY: z.string().default('./dist/client'),
  SESSION_IDLE_TIMEOUT_HOURS: z.coerce.number().positive().default(24 * 7),
  SESSION_ABSOLUTE_TIMEOUT_HOURS: z.coerce.number().positive().default(24 * 30),
  ALLOWED_HOSTS: z.string().default(''),
  LOGIN_FREE_ATTEMPTS: z.coerce.number().int().min(0).default(5),
  LOGIN_BACKOFF_BASE_SECONDS: z.coerce.number().positive().default(1),
  LOGIN_BACKOFF_MAX_MINUTES: z.coerce.number().positive().default(15),
  LOGIN_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().positive().default(100),
  LOGIN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().positive().default(50),
  LOGIN_THROTTLE_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  SIGNUPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().positive().default(20),
  COMMENTS_PER_ACCOUNT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  COMMENTS_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().positive().default(60),
  WORD_IMPORT_MAX_FILE_MIB: z.coerce.number().positive().max(512).default(defaultWordImportLimits.maximumFileBytes / mebibyte),
  WORD_IMPORT_MAX_PART_MIB: z.coerce.number().positive().max(512).default(defaultWordImportLimits.maximumPartBytes / mebibyte),
  WORD_IMPORT_MAX_PARAGRAPHS: z.coerce.number().int().positive().default(defaultWordImportLimits.maximumParagraphs),
  WORD_IMPORT_MAX_IMAGES: z.coerce.number().int().min(0).default(defaultWordImportLimits.maximumImages),
  COLLABORATION_MAX_PAYLOAD_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  LOG_LEVEL: z.enum(['silent', 'info']).default('info'),
  PERIODIC_REVIEW_INTERVAL_YEARS: z.coerce.number().int().min(1).max(10).default(5),
  COMPLAINT_ANSWER_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  BACKUP_DIRECTORY: z.string().min(1).optional(),
  BACKUP_INTERVAL_HOURS: z.coerce.number().positive().default(24),
  BACKUP_RETENTION: z.coerce.number().int().min(1).default(7),
  METRICS_TOKEN: z.string().min(16, { message: 'at least 16 characters' }).optional(),
});

export interface Environment {
  /** The Bearer token GET /metrics asks for; without one it answers only requests from this machine. */
  metricsToken: string | null;
  port: number;
  host: string;
  databasePath: string;
  /** The Ed25519 key that signs record-log checkpoints; kept outside the database file, created at first start. */
  ledgerKeyPath: string;
  /** Set when the app is served behind a known public address; https there turns on `__Host-` cookies. */
  publicUrl: URL | null;
  /** Host names the server also answers to besides loopback, this machine's names and the public URL's host. */
  allowedHosts: string[];
  /** The standards body's time zone: every date people read (UI, tables, file names, exports) is a date there. */
  bodyTimeZone: string;
  clientDirectory: string;
  sessionIdleTimeoutMilliseconds: number;
  sessionAbsoluteTimeoutMilliseconds: number;
  loginFreeAttempts: number;
  loginBackoffBaseMilliseconds: number;
  loginBackoffMaximumMilliseconds: number;
  loginAttemptsPerAccount: number;
  loginAttemptsPerAddress: number;
  loginThrottleWindowMilliseconds: number;
  collaborationMaxPayloadBytes: number;
  /** What one .docx import may read (file, each XML part, paragraphs, images). */
  wordImportLimits: WordImportLimits;
  signupsPerAddressPerHour: number;
  commentsPerAccountPerMinute: number;
  commentsPerAddressPerMinute: number;
  logLevel: 'silent' | 'info';
  /** Years from publication (or a confirming 复审) to the next periodic review. */
  periodicReviewIntervalYears: number;
  /** Calendar days in the body's time zone from receiving a complaint to the date its answer is due. */
  complaintAnswerDays: number;
  /** Scheduled backups of the database, or null when BACKUP_DIRECTORY is unset. */
  backups: { directory: string; intervalMilliseconds: number; retention: number } | null;
}

const hour = 60 * 60 * 1000;

/** The only reader of process.env; fails at boot with a readable message when a variable is wrong. */
export function readEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const values = parsed.data;
  return {
    metricsToken: values.METRICS_TOKEN ?? null,
    port: values.PORT,
    host: values.HOST,
    databasePath: resolve(values.DATABASE_PATH),
    ledgerKeyPath: resolve(values.LEDGER_KEY_PATH ?? join(dirname(resolve(values.DATABASE_PATH)), 'ledger-signing-key.pem')),
    publicUrl: values.PUBLIC_URL ? new URL(values.PUBLIC_URL) : null,
    allowedHosts: values.ALLOWED_HOSTS.split(',').map((host) => host.trim()).filter((host) => host.length > 0),
    bodyTimeZone: values.BODY_TIME_ZONE,
    clientDirectory: resolve(values.CLIENT_DIRECTORY),
    sessionIdleTimeoutMilliseconds: values.SESSION_IDLE_TIMEOUT_HOURS * hour,
    sessionAbsoluteTimeoutMilliseconds: values.SESSION_ABSOLUTE_TIMEOUT_HOURS * hour,
    loginFreeAttempts: values.LOGIN_FREE_ATTEMPTS,
    loginBackoffBaseMilliseconds: values.LOGIN_BACKOFF_BASE_SECONDS * 1000,
    loginBackoffMaximumMilliseconds: values.LOGIN_BACKOFF_MAX_MINUTES * 60 * 1000,
    loginAttemptsPerAccount: values.LOGIN_ATTEMPTS_PER_ACCOUNT,
    loginAttemptsPerAddress: values.LOGIN_ATTEMPTS_PER_ADDRESS,
    loginThrottleWindowMilliseconds: values.LOGIN_THROTTLE_WINDOW_MINUTES * 60 * 1000,
    collaborationMaxPayloadBytes: values.COLLABORATION_MAX_PAYLOAD_BYTES,
    wordImportLimits: {
      maximumFileBytes: Math.round(values.WORD_IMPORT_MAX_FILE_MIB * mebibyte),
      maximumPartBytes: Math.round(values.WORD_IMPORT_MAX_PART_MIB * mebibyte),
      maximumParagraphs: values.WORD_IMPORT_MAX_PARAGRAPHS,
      maximumImageBytes: defaultWordImportLimits.maximumImageBytes,
      maximumImages: values.WORD_IMPORT_MAX_IMAGES,
    },
    signupsPerAddressPerHour: values.SIGNUPS_PER_ADDRESS_PER_HOUR,
    commentsPerAccountPerMinute: values.COMMENTS_PER_ACCOUNT_PER_MINUTE,
    commentsPerAddressPerMinute: values.COMMENTS_PER_ADDRESS_PER_MINUTE,
    logLevel: values.LOG_LEVEL,
    periodicReviewIntervalYears: values.PERIODIC_REVIEW_INTERVAL_YEARS,
    complaintAnswerDays: values.COMPLAINT_ANSWER_DAYS,
    backups: values.BACKUP_DIRECTORY
      ? { directory: resolve(values.BACKUP_DIRECTORY), intervalMilliseconds: values.BACKUP_INTERVAL_HOURS * hour, retention: values.BACKUP_RETENTION }
      : null,
  };
}
