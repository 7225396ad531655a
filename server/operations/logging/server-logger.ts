import { pino, type Logger } from 'pino';

export type ServerLogger = Logger;

/**
 * One JSON object a line on stdout. Nothing that could carry a secret is logged on purpose (requests are logged by
 * route pattern, without headers, query or body); the redaction is for an object logged by mistake.
 */
export function createServerLogger(level: 'silent' | 'info'): ServerLogger {
  return pino({
    level,
    base: { service: 'normdraft' },
    redact: {
      paths: ['authorization', 'cookie', 'password', 'token', '*.authorization', '*.cookie', '*.password', '*.token', 'headers.*'],
      censor: '[redacted]',
    },
  });
}
