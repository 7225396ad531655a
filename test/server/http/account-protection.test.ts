import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ApiClient, signedUpClient } from '../../helpers/api-client';
import { addressedRequest } from '../../helpers/addressed-request';
import { startTestServer, type TestServer } from '../../helpers/test-server';

const goodPassword = 'correct horse battery';

function loginFrom(server: TestServer, localAddress: string, username: string, password: string) {
  const body = JSON.stringify({ username, password });
  return addressedRequest({
    port: server.port,
    method: 'POST',
    path: '/api/auth/login',
    headers: { host: `127.0.0.1:${server.port}`, origin: server.url, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    body,
    localAddress,
  });
}

describe('account protection over HTTP', () => {
  let server: TestServer | null = null;

  afterEach(async () => {
    await server?.stop();
    server = null;
  });

  it.each([
    ['12345678', 'password_too_common'],
    ['password', 'password_too_common'],
    ['        ', 'password_too_simple'],
  ])('refuses the sign-up password %j with 422 %s and creates no account', async (password, code) => {
    server = await startTestServer();
    const client = new ApiClient(server.url);
    const response = await client.post('/api/auth/signup', { username: 'weakling', password, displayName: 'Weak' });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { code, message: expect.stringContaining('Choose another one') } });
    expect((await client.post('/api/auth/login', { username: 'weakling', password })).status).toBe(401);
  });

  it('limits sign-ups per address: 30 at once give the limit of accounts and 429s with Retry-After', async () => {
    server = await startTestServer({ SIGNUPS_PER_ADDRESS_PER_HOUR: '20' });
    const url = server.url;
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) => new ApiClient(url).post('/api/auth/signup', { username: `bulk-${index}`, password: goodPassword, displayName: `Bulk ${index}` })),
    );
    const created = responses.filter((response) => response.status === 201);
    const refused = responses.filter((response) => response.status === 429);
    expect(created).toHaveLength(20);
    expect(refused).toHaveLength(10);
    for (const response of refused) {
      expect(response.body).toMatchObject({ error: { code: 'too_many_requests', retryAfterSeconds: expect.any(Number) } });
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('does not let failures from other addresses lock the owner out, and delays the guesser with Retry-After', async () => {
    server = await startTestServer({ LOGIN_FREE_ATTEMPTS: '3', LOGIN_ATTEMPTS_PER_ACCOUNT: '10', LOGIN_ATTEMPTS_PER_ADDRESS: '1000' });
    await signedUpClient(server.url, 'secretary');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) statuses.push((await loginFrom(server, '127.0.0.2', 'secretary', `guess ${attempt}`)).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses).toContain(429);
    const refused = await loginFrom(server, '127.0.0.2', 'secretary', goodPassword);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ error: { code: 'too_many_attempts', retryAfterSeconds: Number(refused.headers['retry-after']) } });
    expect((await loginFrom(server, '127.0.0.1', 'secretary', goodPassword)).status).toBe(200);
  });

  it('sends Retry-After with every 429: a delayed login and the record-log read limit alike', async () => {
    server = await startTestServer({ LOGIN_FREE_ATTEMPTS: '0', LOGIN_ATTEMPTS_PER_ADDRESS: '1000' });
    const client = new ApiClient(server.url);
    await client.post('/api/auth/login', { username: 'nobody', password: 'wrong password' });
    const refused = await client.post('/api/auth/login', { username: 'nobody', password: 'wrong password' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);

    // Whole-log verification is limited to six a minute per account; the seventh is a 429 with the same header.
    const reader = await signedUpClient(server.url, 'log.reader');
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<ApiClient['get']>> | null = null;
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await reader.get('/api/ledger/verify');
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.slice(0, 6).every((status) => status === 200)).toBe(true);
    expect(limited?.headers.get('retry-after')).toBe('60');
    expect(limited?.body).toMatchObject({ error: { code: 'too_many_requests', retryAfterSeconds: 60 } });
  });

  it('refuses requests and websocket upgrades addressed to a host it is not known by (DNS rebinding)', async () => {
    server = await startTestServer();
    const rebound = await addressedRequest({ port: server.port, method: 'GET', path: '/api/health', headers: { host: `attacker.example:${server.port}` } });
    expect(rebound.status).toBe(421);
    expect(rebound.body).toMatchObject({ error: { code: 'unknown_host' } });
    const rebindingLogin = await addressedRequest({
      port: server.port,
      method: 'POST',
      path: '/api/auth/signup',
      headers: { host: `attacker.example:${server.port}`, origin: `http://attacker.example:${server.port}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'victim', password: goodPassword, displayName: 'V' }),
    });
    expect(rebindingLogin.status).toBe(421);
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `[::1]:${server.port}`]) {
      expect((await addressedRequest({ port: server.port, method: 'GET', path: '/api/health', headers: { host } })).status).toBe(200);
    }
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${server?.port ?? 0}/collab`, { headers: { host: `attacker.example:${server?.port ?? 0}` } });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => resolve(101));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(421);
  });

  it('also answers to ALLOWED_HOSTS and the public URL host', async () => {
    server = await startTestServer({ ALLOWED_HOSTS: 'normdraft.internal, drafts.example.org', PUBLIC_URL: 'https://normdraft.example' });
    for (const host of ['normdraft.internal', 'drafts.example.org:8443', 'normdraft.example']) {
      expect((await addressedRequest({ port: server.port, method: 'GET', path: '/api/health', headers: { host } })).status).toBe(200);
    }
    expect((await addressedRequest({ port: server.port, method: 'GET', path: '/api/health', headers: { host: 'other.example' } })).status).toBe(421);
  });
});
