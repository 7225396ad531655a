import { DomainError } from '../errors';
import type { SlidingWindowLimit } from '../rate-limit/sliding-window-limit';

export interface SubmissionLimits {
  perAccount: SlidingWindowLimit;
  perAddress: SlidingWindowLimit;
}

/**
 * Takes one submission (a comment, feedback, a complaint) from the person's budget and their address's, or refuses
 * it with 429 when either is spent. Call it after the request is validated, before the work.
 */
export function takeSubmission(limits: SubmissionLimits, userId: string, address: string, now: number, what: string): void {
  if (limits.perAccount.isBlocked(userId, now) || limits.perAddress.isBlocked(address, now)) {
    throw new DomainError('too_many_requests', `Too many ${what} in a short time; wait a minute and try again.`);
  }
  limits.perAccount.record(userId, now);
  limits.perAddress.record(address, now);
}
