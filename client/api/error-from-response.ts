import { z } from 'zod';
import type { ErrorCode } from '../../shared/api/errors';
import { errorCodes } from '../../shared/api/errors';
import type { ApiErrorCode } from './api-error';
import { ApiError } from './api-error';

// Looser than errorBodySchema so that a code this client does not know yet still keeps its message.
const looseErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), retryAfterSeconds: z.number().optional(), explanation: z.object({ zh: z.string(), en: z.string() }).optional() }),
});

function isKnownErrorCode(code: string): code is ErrorCode {
  return errorCodes.some((known) => known === code);
}

function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return 'invalid_request';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'invalid_request';
  if (status === 413) return 'body_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'too_many_attempts';
  if (status >= 500) return 'internal_error';
  return 'unexpected_response';
}

export function errorFromResponse(response: Response, payload: unknown): ApiError {
  const parsed = looseErrorBodySchema.safeParse(payload);
  if (!parsed.success) {
    return new ApiError(response.status, codeForStatus(response.status), response.statusText || `HTTP ${response.status}`);
  }
  const { code, message, retryAfterSeconds, explanation } = parsed.data.error;
  const retryAfterHeader = Number(response.headers.get('retry-after'));
  const wait = retryAfterSeconds ?? (Number.isFinite(retryAfterHeader) && retryAfterHeader > 0 ? retryAfterHeader : null);
  return new ApiError(response.status, isKnownErrorCode(code) ? code : 'unrecognized_error', message, wait, explanation ?? null);
}
