import type { ErrorCode, ErrorDetails } from '../shared/api/errors';

/** A failure the person can act on; turned into an HTTP status or a close code only at the edges. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
