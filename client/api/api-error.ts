import type { ErrorCode } from '../../shared/api/errors';

/**
 * The server's error codes, plus: no response at all, a response this client cannot read,
 * and an error body whose code this client does not know yet (its message is then shown as is).
 */
export type ApiErrorCode = ErrorCode | 'network_error' | 'unexpected_response' | 'unrecognized_error';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly code: ApiErrorCode;
  /** For a 429: how many seconds the server asked us to wait. */
  readonly retryAfterSeconds: number | null;
  /** The server's own words in both languages, when it sent them. */
  readonly explanation: { zh: string; en: string } | null;

  constructor(status: number, code: ApiErrorCode, message: string, retryAfterSeconds: number | null = null, explanation: { zh: string; en: string } | null = null) {
    super(message);
    this.explanation = explanation;
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
