import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandardAs, signedUpClient, type ApiClient } from '../helpers/api-client';
import { createTemporaryDirectory } from '../helpers/temporary-directory';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { smallPng } from './support/small-png';


/** Directive name → its sources, from a Content-Security-Policy header. */
function parsePolicy(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function expectSecurityHeaders(label: string, headers: Headers): void {
  const policyHeader = headers.get('content-security-policy');
  expect(policyHeader, `${label}: Content-Security-Policy`).toBeTruthy();
  const policy = parsePolicy(policyHeader ?? '');
  const scriptSources = policy.get('script-src') ?? policy.get('default-src');
  expect(scriptSources, `${label}: script-src or default-src`).toBeDefined();
  expect(scriptSources, `${label}: scripts`).not.toContain("'unsafe-inline'");
  expect(scriptSources, `${label}: scripts`).not.toContain("'unsafe-eval'");
  expect(policy.get('frame-ancestors'), `${label}: frame-ancestors`).toEqual(["'none'"]);
  expect(headers.get('x-content-type-options'), `${label}: nosniff`).toBe('nosniff');
  expect(headers.get('x-frame-options'), `${label}: X-Frame-Options`).toBe('DENY');
  expect(headers.get('referrer-policy'), `${label}: Referrer-Policy`).toBeTruthy();
}

describe('security headers on every response', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  const clientDirectory = createTemporaryDirectory();

  beforeAll(async () => {
    mkdirSync(join(clientDirectory.path, 'assets'));
    writeFileSync(join(clientDirectory.path, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>');
    writeFileSync(join(clientDirectory.path, 'assets', 'app.js'), 'console.log("app");');
    writeFileSync(join(clientDirectory.path, 'assets', 'app.css'), 'body { margin: 0 }');
    server = await startTestServer({ CLIENT_DIRECTORY: clientDirectory.path });
    secretariat = await signedUpClient(server.url, 'secretary');
    standardId = await createStandardAs(secretariat);
  });

  afterAll(async () => {
    await server.stop();
    clientDirectory.remove();
  });

  it('sends them on pages, assets, JSON, errors, 404s, images and redline pages', async () => {
    const imageId = ((await secretariat.postBytes(`/api/standards/${standardId}/images`, smallPng, 'image/png')).body as { id: string }).id;
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '基线' })).body as { id: string }).id;
    const anonymous = (path: string, init: RequestInit = {}) => fetch(new URL(path, server.url), init);
    const cases: [string, Promise<Response>, number][] = [
      ['the app page', anonymous('/'), 200],
      ['a deep link', anonymous(`/standards/${standardId}`), 200],
      ['a script asset', anonymous('/assets/app.js'), 200],
      ['a stylesheet asset', anonymous('/assets/app.css'), 200],
      ['API JSON', anonymous('/api/health'), 200],
      ['the OpenAPI document', anonymous('/api/openapi.json'), 200],
      ['an API 401', anonymous('/api/auth/me'), 401],
      ['an API 404', anonymous('/api/no-such-route'), 404],
      ['a refused cross-origin request', anonymous('/api/standards', { method: 'POST', headers: { origin: 'https://evil.example' } }), 403],
      ['invalid JSON', anonymous('/api/auth/login', { method: 'POST', headers: { origin: server.url, 'content-type': 'application/json' }, body: '{' }), 400],
      ['a non-API 404', anonymous('/nothing-here', { method: 'DELETE' }), 404],
      ['an image', secretariat.fetchRaw(`/api/images/${imageId}`), 200],
      ['a redline page', secretariat.fetchRaw(`/api/standards/${standardId}/compare/redline?from=${versionId}&to=live`), 200],
    ];
    for (const [label, pending, status] of cases) {
      const response = await pending;
      expect(response.status, label).toBe(status);
      expectSecurityHeaders(label, response.headers);
    }
  });

  it('gives the app page a policy that loads only our own scripts and allows only our own websocket', async () => {
    const policy = parsePolicy((await fetch(new URL('/', server.url))).headers.get('content-security-policy') ?? '');
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('keeps the stricter policies of images and redline pages', async () => {
    const imageId = ((await secretariat.postBytes(`/api/standards/${standardId}/images`, smallPng, 'image/png')).body as { id: string }).id;
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '对照' })).body as { id: string }).id;
    const image = await secretariat.fetchRaw(`/api/images/${imageId}`);
    const redline = await secretariat.fetchRaw(`/api/standards/${standardId}/compare/redline?from=${versionId}&to=live`);
    expect(parsePolicy(image.headers.get('content-security-policy') ?? '').get('default-src')).toEqual(["'none'"]);
    expect(parsePolicy(redline.headers.get('content-security-policy') ?? '').get('default-src')).toEqual(["'none'"]);
  });

  it('sends them while the client is not built yet', async () => {
    const bare = await startTestServer();
    try {
      const response = await fetch(new URL('/', bare.url));
      expect(response.status).toBe(503);
      expectSecurityHeaders('the not-built page', response.headers);
    } finally {
      await bare.stop();
    }
  });
});
