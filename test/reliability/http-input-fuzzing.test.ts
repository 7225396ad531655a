import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { endpoints, type Endpoint } from '../../shared/api/contract';
import type { ApiClient } from '../helpers/api-client';
import { AuthorizationWorld } from './authorization/authorization-world';
import { fuzzedBodyArbitrary } from './support/json-schema-arbitrary';
import { retryOnConnectionReset } from './support/retry-on-reset';
import { scaled } from './support/reliability-scale';
import { smallPng } from './support/small-png';

const runsPerEndpoint = scaled(20, 400);

/** Sign-in routes replace or end the session they are sent with, so they are fuzzed without one. */
const sessionEndingEndpoints = new Set(['signup', 'login', 'logout']);

interface FuzzedRequest {
  parameters: Record<string, string>;
  query: Record<string, string> | null;
  body: string | null;
  bytes: { data: Uint8Array; contentType: string } | null;
  anonymous: boolean;
}

function parameterNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

/** A real id where one fits (so requests get past the first lookup), or any string at all. */
/** A generated value as query text; objects may have no prototype (so no toString), hence JSON for them. */
function queryText(value: unknown): string {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function parameterArbitrary(world: AuthorizationWorld, path: string, name: string): fc.Arbitrary<string> {
  const objects = world.standards.A;
  const real =
    name === 'versionId'
      ? objects.versionId
      : name === 'imageId'
        ? objects.imageId
        : name === 'attachmentId'
          ? objects.review.attachmentId
          : name === 'publicationId'
            ? objects.publication.publicationId
          : name === 'bodyCode'
            ? 'CAS'
          : name === 'edition'
            ? // A's edition takes the body's first free number in the year the world is made.
              `001-${new Date().getFullYear()}`
          : path.startsWith('/api/comment-periods/')
            ? objects.periodId
            : path.startsWith('/api/comments/')
              ? objects.commentId
              : path.startsWith('/api/reviews/')
                ? objects.review.votingReviewId
                : path.startsWith('/api/motions/')
                  ? objects.review.votingMotionId
                  : path.startsWith('/api/review-opinions/')
                    ? objects.review.opinionId
                    : objects.standardId;
  const generated = fc.oneof({ weight: 3, arbitrary: fc.constant(real) }, { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 80, unit: 'binary' }) }, { weight: 1, arbitrary: fc.constantFrom('..', '%', '%00', 'x'.repeat(65), world.standards.B.standardId) });
  // Outside /api/ the client resolves a dot segment before sending, so the request would leave the route for the app's fallback.
  return path.startsWith('/api/') ? generated : generated.filter((value) => value !== '.' && value !== '..');
}

function requestArbitrary(world: AuthorizationWorld, key: string, endpoint: Endpoint): fc.Arbitrary<FuzzedRequest> {
  const parameters = fc.record(Object.fromEntries(parameterNames(endpoint.path).map((name) => [name, parameterArbitrary(world, endpoint.path, name)])));
  const query = endpoint.query
    ? fc.oneof(fuzzedBodyArbitrary(endpoint.query as z.ZodType).map((value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).map(([name, item]) => [name, queryText(item)])) : { value: queryText(value) })), fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 30 })))
    : fc.constant(null);
  const body = endpoint.request
    ? fc.oneof({ weight: 9, arbitrary: fuzzedBodyArbitrary(endpoint.request).map((value) => JSON.stringify(value)) }, { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('{', '[', '{"a":', '\u0000', '{}'.repeat(5000))) })
    : fc.constant(null);
  const contentTypes = [...(endpoint.rawRequestContentTypes ?? []), 'application/octet-stream', 'text/plain'];
  const bytes = endpoint.rawRequestContentTypes
    ? fc.record({ data: fc.oneof(fc.uint8Array({ maxLength: 2_000 }), fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, value]) => Uint8Array.from(smallPng, (byte, index) => (index === at % smallPng.length ? value : byte)))), contentType: fc.constantFrom(...contentTypes) })
    : fc.constant(null);
  return fc.record({ parameters, query, body, bytes, anonymous: sessionEndingEndpoints.has(key) ? fc.constant(true) : fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) });
}

async function send(world: AuthorizationWorld, endpoint: Endpoint, request: FuzzedRequest): Promise<number> {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(request.parameters[name] ?? ''));
  const url = request.query ? `${path}?${new URLSearchParams(request.query).toString()}` : path;
  const client: ApiClient = request.anonymous ? await world.freshSession('anonymous') : world.client('secretariat');
  if (request.bytes) return (await client.postBytes(url, request.bytes.data, request.bytes.contentType)).status;
  return (await client.request(endpoint.method.toUpperCase(), url, request.body ?? (endpoint.method === 'get' ? undefined : ''))).status;
}

describe('HTTP input fuzzing from the shared zod schemas', () => {
  let world: AuthorizationWorld;
  const unexpectedErrors: string[] = [];

  beforeAll(async () => {
    world = await AuthorizationWorld.create();
    vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
      unexpectedErrors.push(parts.map(String).join(' ').slice(0, 300));
    });
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await world?.stop();
  });

  it('answers every generated request without a 5xx and without an unexpected error', async () => {
    const statuses = new Map<number, number>();
    const contract: Record<string, Endpoint> = endpoints;
    for (const [key, endpoint] of Object.entries(contract)) {
      await fc.assert(
        fc.asyncProperty(requestArbitrary(world, key, endpoint), async (request) => {
          const status = await retryOnConnectionReset(() => send(world, endpoint, request)).catch((error: unknown) => {
            throw new Error(`${endpoint.method.toUpperCase()} ${endpoint.path} got no answer: ${String(error)}`, { cause: error });
          });
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          expect(status, `${endpoint.method.toUpperCase()} ${endpoint.path}`).toBeLessThan(500);
        }),
        { numRuns: runsPerEndpoint },
      );
    }
    expect((await world.client('secretariat').get('/api/health')).status).toBe(200);
    console.info(`HTTP fuzzing: ${[...statuses.values()].reduce((sum, count) => sum + count, 0)} requests over ${Object.keys(contract).length} endpoints, by status:`, JSON.stringify(Object.fromEntries([...statuses].sort(([left], [right]) => left - right))));
    expect(unexpectedErrors).toEqual([]);
  }, scaled(180_000, 3_600_000));
});
