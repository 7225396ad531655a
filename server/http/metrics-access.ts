import { timingSafeEqual } from 'node:crypto';
import { isLoopbackAddress } from './loopback-address';

/** Headers a reverse proxy adds: a request carrying one came from elsewhere even when its socket is local. */
const forwardingHeaders = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

export type MetricsAccess = 'allowed' | 'token_required' | 'loopback_only';

function sameToken(given: string, expected: string): boolean {
  const givenBytes = Buffer.from(given);
  const expectedBytes = Buffer.from(expected);
  return givenBytes.length === expectedBytes.length && timingSafeEqual(givenBytes, expectedBytes);
}

/**
 * One rule: with METRICS_TOKEN set, a request needs `Authorization: Bearer <token>` from wherever it comes; without
 * it, only requests from a loopback address that no proxy forwarded are answered.
 */
export function decideMetricsAccess(request: { token: string | null; authorization: string | undefined; remoteAddress: string; headers: Headers }): MetricsAccess {
  if (request.token !== null) {
    const bearer = /^Bearer (.+)$/.exec(request.authorization ?? '')?.[1];
    return bearer !== undefined && sameToken(bearer, request.token) ? 'allowed' : 'token_required';
  }
  const forwarded = forwardingHeaders.some((name) => request.headers.has(name));
  return !forwarded && isLoopbackAddress(request.remoteAddress) ? 'allowed' : 'loopback_only';
}
