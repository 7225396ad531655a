import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { endpoints, type Endpoint } from '../../shared/api/contract';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { draftAccess } from '../../server/policies/standard-policy';
import type { ApiClient } from '../helpers/api-client';
import { eventually } from '../helpers/eventually';
import { accessRules, askers, type Outcome } from './authorization/access-rules';
import { AuthorizationWorld, type StandardKey } from './authorization/authorization-world';
import { endpointRequests, type EndpointRequest, type RequestSpec } from './authorization/endpoint-requests';
import { awarenessFrame, syncFrame, syncSubtypes } from './support/protocol-frames';
import { ProtocolSocket } from './support/protocol-socket';
import { retryOnConnectionReset } from './support/retry-on-reset';
import { storedDocument } from './support/stored-document';

/** 'foreign' is an allowed request that names an object of another standard: it must find nothing. */
type Expected = Outcome | 'foreign';

interface Scenario {
  standard: StandardKey;
  objects: StandardKey;
}

function scenariosOf(request: EndpointRequest): Scenario[] {
  switch (request.names) {
    case 'nothing':
      return [{ standard: 'A', objects: 'A' }];
    case 'standard':
    case 'object':
      return [
        { standard: 'A', objects: 'A' },
        { standard: 'B', objects: 'B' },
      ];
    case 'standardAndObject':
      return [
        { standard: 'A', objects: 'A' },
        { standard: 'B', objects: 'A' },
        { standard: 'A', objects: 'B' },
      ];
  }
}

function pathOf(endpoint: Endpoint, spec: RequestSpec): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = spec.parameters?.[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${endpoint.path}`);
    return encodeURIComponent(value);
  });
  return spec.query ? `${path}?${new URLSearchParams(spec.query).toString()}` : path;
}

async function send(client: ApiClient, endpoint: Endpoint, spec: RequestSpec): Promise<{ status: number; code: string | null }> {
  const path = pathOf(endpoint, spec);
  const response = spec.bytes
    ? await client.postBytes(path, spec.bytes.data, spec.bytes.contentType)
    : await client.request(endpoint.method.toUpperCase(), path, spec.body ?? (endpoint.method === 'get' ? undefined : {}));
  const body = response.body as { error?: { code?: string } } | null;
  return { status: response.status, code: typeof body === 'object' && body !== null ? (body.error?.code ?? null) : null };
}

function matches(expected: Expected, endpoint: Endpoint, request: EndpointRequest, actual: { status: number; code: string | null }): boolean {
  switch (expected) {
    case 'allowed':
      return actual.status === endpoint.successStatus;
    case 'unauthenticated':
      return actual.status === 401 && actual.code === 'unauthenticated';
    case 'forbidden':
      // A ballot from someone the rule set does not let vote is refused with its own code.
      return actual.status === 403 && (actual.code === 'forbidden' || actual.code === 'not_eligible');
    case 'hidden':
      return actual.status === 404 && actual.code === 'not_found';
    case 'foreign':
      return (actual.status === 404 && actual.code === 'not_found') || (request.objectIn !== 'path' && actual.status === 400 && actual.code === 'invalid_request');
  }
}

let world: AuthorizationWorld;

beforeAll(async () => {
  world = await AuthorizationWorld.create();
});

afterAll(async () => {
  await world?.stop();
});

describe('authorization matrix: every role against every API route', () => {
  it('has an access rule and a request for every endpoint of the contract, and none for endpoints that are gone', () => {
    const missing = Object.entries(endpoints)
      .filter(([key]) => !(key in accessRules) || !(key in endpointRequests))
      .map(
        ([key, endpoint]) =>
          `Endpoint "${key}" (${endpoint.method.toUpperCase()} ${endpoint.path}) is not in the authorization matrix: add who may call it to ` +
          'test/reliability/authorization/access-rules.ts and a request that succeeds to test/reliability/authorization/endpoint-requests.ts.',
      );
    const stale = [...Object.keys(accessRules), ...Object.keys(endpointRequests)].filter((key) => !(key in endpoints)).map((key) => `"${key}" is no longer in the contract; remove it from the matrix.`);
    expect([...missing, ...new Set(stale)]).toEqual([]);
  });

  it('gives every role exactly what the policy table says, also when the ids belong to the other standard', async () => {
    const mismatches: string[] = [];
    const tally: Record<Expected, number> = { allowed: 0, unauthenticated: 0, forbidden: 0, hidden: 0, foreign: 0 };
    const contract: Record<string, Endpoint> = endpoints;
    for (const [key, endpoint] of Object.entries(contract)) {
      const rule = accessRules[key];
      const request = endpointRequests[key];
      if (!rule || !request) continue;
      for (const scenario of scenariosOf(request)) {
        for (const asker of askers) {
          const scopeStandard = request.names === 'object' ? scenario.objects : scenario.standard;
          const byRule: Outcome =
            asker === 'anonymous' && endpoint.requiresSession
              ? 'unauthenticated'
              : rule({
                  siteAdministrator: asker === 'siteAdministrator',
                  membership: world.membership(asker, scopeStandard),
                  isCommentAuthor: asker === 'stakeholder',
                  panelPosition: world.panelPosition(asker, scopeStandard),
                });
          const expected: Expected = byRule === 'allowed' && scenario.standard !== scenario.objects ? 'foreign' : byRule;
          const spec = await request.build({ world, asker, standard: world.standards[scenario.standard], objects: world.standards[scenario.objects], expected: byRule });
          const client = request.freshSession ? await world.freshSession(asker) : world.client(asker);
          const actual = await retryOnConnectionReset(() => send(client, endpoint, spec));
          tally[expected] += 1;
          if (!matches(expected, endpoint, request, actual)) {
            mismatches.push(`${key} (${endpoint.method.toUpperCase()} ${endpoint.path}) as ${asker}, standard ${scenario.standard} with objects of ${scenario.objects}: expected ${expected}, got ${actual.status} ${actual.code ?? ''}`);
          }
        }
      }
    }
    console.info(`authorization matrix: ${Object.values(tally).reduce((sum, count) => sum + count, 0)} requests`, JSON.stringify(tally));
    expect(mismatches).toEqual([]);
    // Over a thousand requests, several with argon2 sign-ins: bounded by the matrix's size, not by the machine's speed.
  }, 600_000);
});

async function ticketOf(client: ApiClient, standardId: string): Promise<{ status: number; token: string | null; readOnly: boolean | null }> {
  const response = await client.post('/api/collab/ticket', { standardId });
  const body = response.body as { token?: string; readOnly?: boolean };
  return { status: response.status, token: body.token ?? null, readOnly: body.readOnly ?? null };
}

function textUpdate(rootName: string, text: string): Uint8Array {
  const document = new Y.Doc();
  document.getText(rootName).insert(0, text);
  return Y.encodeStateAsUpdate(document);
}

function forgedPresence(clientId: number): Uint8Array {
  const document = new Y.Doc();
  document.clientID = clientId;
  const awareness = new Awareness(document);
  awareness.setLocalState({ user: { id: 'someone-else', name: '冒名顶替', color: '#000000' } });
  const update = encodeAwarenessUpdate(awareness, [clientId]);
  awareness.destroy();
  document.destroy();
  return update;
}

describe('authorization matrix: every role against every websocket action', () => {
  it('issues tickets, connects, accepts writes and shows presence exactly as draftAccess decides', async () => {
    const standard = world.standards.A;
    const documentName = documentNameForStandard(standard.standardId);
    const watcher = new ProtocolSocket(world.server.url, documentName);
    expect(await watcher.authenticate((await ticketOf(standard.owner, standard.standardId)).token ?? '')).toBe('read-write');
    const rows: string[] = [];
    for (const [index, asker] of askers.entries()) {
      const access = asker === 'anonymous' ? 'none' : draftAccess(world.membership(asker, 'A'));
      const ticket = await ticketOf(world.client(asker), standard.standardId);
      expect(ticket.status, `ticket for ${asker}`).toBe(asker === 'anonymous' ? 401 : access === 'none' ? 404 : 200);
      if (access !== 'none') expect(ticket.readOnly, `read-only ticket for ${asker}`).toBe(access === 'read');

      const socket = new ProtocolSocket(world.server.url, documentName);
      try {
        const connected = await socket.authenticate(ticket.token ?? `forged-token-${asker}`);
        expect(connected, `connect as ${asker}`).toBe(access === 'write' ? 'read-write' : access === 'read' ? 'readonly' : 'denied');
        if (access === 'none') {
          socket.send(syncFrame(documentName, syncSubtypes.update, textUpdate('websocket-matrix', `intruder ${asker};`)));
          rows.push(`${asker}: no ticket, refused`);
          continue;
        }
        await socket.pullState();
        const start = socket.receivedCount;
        socket.send(syncFrame(documentName, syncSubtypes.update, textUpdate('websocket-matrix', `${asker};`)));
        expect(await socket.acknowledgement(start), `write as ${asker}`).toBe(access === 'write');

        const clientId = 900_000 + index;
        const watched = watcher.receivedCount;
        socket.send(awarenessFrame(documentName, forgedPresence(clientId)));
        await eventually(() => {
          const seen = new Awareness(new Y.Doc());
          for (const update of watcher.awarenessUpdates(watched)) applyAwarenessUpdate(seen, update, null);
          const user = (seen.getStates().get(clientId) as { user?: { name?: string } } | undefined)?.user;
          expect(user?.name, `presence of ${asker}`).toBe(asker);
        });
        rows.push(`${asker}: ${access}`);
      } finally {
        socket.terminate();
      }
    }
    watcher.terminate();
    const stored = storedDocument(world.server.databasePath, documentName).getText('websocket-matrix').toString();
    const writers = askers.filter((asker) => asker !== 'anonymous' && draftAccess(world.membership(asker, 'A')) === 'write');
    expect(stored.split(';').filter(Boolean).sort()).toEqual([...writers].sort());
    console.info('websocket matrix:', rows.join(', '));
  });

  it('refuses a ticket on the other standard\'s document, a ticket used twice, and a forged one', async () => {
    const attempts: Array<[string, ApiClient, string, string]> = [
      ['a member of A with A\'s ticket on B\'s document', world.client('drafter'), world.standards.A.standardId, world.standards.B.standardId],
      ['the owner of B with B\'s ticket on A\'s document', world.standards.B.owner, world.standards.B.standardId, world.standards.A.standardId],
    ];
    for (const [label, client, ticketStandard, documentStandard] of attempts) {
      const { token } = await ticketOf(client, ticketStandard);
      const socket = new ProtocolSocket(world.server.url, documentNameForStandard(documentStandard));
      expect(await socket.authenticate(token ?? ''), label).toBe('denied');
      socket.terminate();
    }
    const documentName = documentNameForStandard(world.standards.A.standardId);
    const { token } = await ticketOf(world.client('drafter'), world.standards.A.standardId);
    const first = new ProtocolSocket(world.server.url, documentName);
    expect(await first.authenticate(token ?? '')).toBe('read-write');
    const second = new ProtocolSocket(world.server.url, documentName);
    expect(await second.authenticate(token ?? ''), 'a ticket used twice').toBe('denied');
    const forged = new ProtocolSocket(world.server.url, documentName);
    expect(await forged.authenticate(`${token ?? ''}x`), 'a forged ticket').toBe('denied');
    for (const socket of [first, second, forged]) socket.terminate();
  });
});
