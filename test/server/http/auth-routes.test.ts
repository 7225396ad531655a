import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, signedUpClient } from '../../helpers/api-client';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('accounts and sessions over HTTP', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer({ LOGIN_FREE_ATTEMPTS: '3', LOGIN_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_ATTEMPTS_PER_ADDRESS: '6' });
  });

  afterEach(async () => {
    await server.stop();
  });

  it('makes the first account the site administrator and no later one', async () => {
    const first = await signedUpClient(server.url, 'first');
    const second = await signedUpClient(server.url, 'second');
    expect((await first.get('/api/auth/me')).body).toMatchObject({ user: { username: 'first', isSiteAdministrator: true } });
    expect((await second.get('/api/auth/me')).body).toMatchObject({ user: { username: 'second', isSiteAdministrator: false } });
  });

  it('sets an http-only session cookie and never returns the password hash', async () => {
    const client = new ApiClient(server.url);
    const response = await client.post('/api/auth/signup', { username: 'alice', password: 'long enough password', displayName: '爱丽丝' });
    expect(response.status).toBe(201);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^normdraft_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(JSON.stringify(response.body)).not.toMatch(/argon2|password/i);
  });

  it('uses the __Host- cookie when served over https', async () => {
    const httpsServer = await startTestServer({ PUBLIC_URL: 'https://normdraft.example' });
    try {
      const response = await fetch(`${httpsServer.url.replace('https://normdraft.example', `http://127.0.0.1:${httpsServer.port}`)}/api/auth/signup`, {
        method: 'POST',
        headers: { origin: 'https://normdraft.example', 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'alice', password: 'long enough password', displayName: 'Alice' }),
      });
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^__Host-normdraft_session=/);
      expect(cookie).toMatch(/Secure/);
      expect(cookie).toMatch(/Path=\//);
    } finally {
      await httpsServer.stop();
    }
  });

  it('logs in with a new session each time and logs out for real', async () => {
    await signedUpClient(server.url, 'bob');
    const client = new ApiClient(server.url);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await client.post('/api/auth/login', { username: 'BOB', password: 'correct horse battery' })).status).toBe(200);
    const firstCookie = client.sessionCookie;
    expect((await client.post('/api/auth/login', { username: 'bob', password: 'correct horse battery' })).status).toBe(200);
    expect(client.sessionCookie).not.toBe(firstCookie);

    const stolen = new ApiClient(server.url);
    expect((await stolen.request('GET', '/api/auth/me', undefined, { cookie: firstCookie ?? '' })).status).toBe(401);

    const activeCookie = client.sessionCookie ?? '';
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await stolen.request('GET', '/api/auth/me', undefined, { cookie: activeCookie })).status).toBe(401);
  });

  it('refuses state-changing requests from another origin, and accepts Sec-Fetch-Site same-origin', async () => {
    const body = JSON.stringify({ username: 'carol', password: 'long enough password', displayName: 'Carol' });
    const crossSite = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body,
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ error: { code: 'cross_origin_refused', message: expect.any(String) } });
    const noOrigin = await fetch(`${server.url}/api/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(noOrigin.status).toBe(403);
    const sameSite = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body,
    });
    expect(sameSite.status).toBe(201);
  });

  it('delays an address that keeps failing on one account, even with the right password afterwards', async () => {
    await signedUpClient(server.url, 'dave');
    const client = new ApiClient(server.url);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await client.post('/api/auth/login', { username: 'dave', password: 'wrong password' })).status).toBe(401);
    }
    const blocked = await client.post('/api/auth/login', { username: 'dave', password: 'correct horse battery' });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: { code: 'too_many_attempts' } });
  });

  it('throttles failed logins per address across accounts, unknown usernames included', async () => {
    const client = new ApiClient(server.url);
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await client.post('/api/auth/login', { username: `nobody${attempt}`, password: 'whatever password' });
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ error: { code: 'invalid_credentials' } });
    }
    expect((await client.post('/api/auth/login', { username: 'someone-else', password: 'whatever password' })).status).toBe(429);
  });

  it('answers malformed JSON, wrong types and bad values with 400 and an error body', async () => {
    const client = new ApiClient(server.url);
    const malformed = await client.request('POST', '/api/auth/signup', '{"username": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { code: 'invalid_json' } });
    const wrongType = await client.post('/api/auth/signup', { username: 42, password: 'long enough password', displayName: 'X' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body).toMatchObject({ error: { code: 'invalid_request', message: expect.stringContaining('username') } });
    const shortPassword = await client.post('/api/auth/signup', { username: 'eve', password: 'short', displayName: 'Eve' });
    expect(shortPassword.status).toBe(400);
  });

  it('refuses a taken username with 409, whatever its case', async () => {
    await signedUpClient(server.url, 'frank');
    const client = new ApiClient(server.url);
    const response = await client.post('/api/auth/signup', { username: 'Frank', password: 'long enough password', displayName: 'Frank' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { code: 'username_taken' } });
  });
});
