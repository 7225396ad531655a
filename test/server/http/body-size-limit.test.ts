import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentImportContentTypes } from '../../../shared/api/comment-import';
import type { ApiClient } from '../../helpers/api-client';
import { rawHttpRequest } from '../../helpers/raw-http-request';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

const mebibyte = 1024 * 1024;

describe('request bodies are held to their size while they are read', () => {
  let server: TestServer;
  let standardId: string;
  let cookie: string;

  beforeAll(async () => {
    let secretariat: ApiClient;
    ({ server, secretariat, standardId } = await startServerWithStandard());
    cookie = secretariat.sessionCookie ?? '';
    expect(cookie).not.toBe('');
  });

  afterAll(async () => {
    await server.stop();
  });

  function expectTooLarge(answer: { status: number; body: string }): void {
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'body_too_large', message: expect.any(String) } });
  }

  it('refuses a 200 MB chunked body to the anonymous login at the first bytes past the limit, without the heap growing with it', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const answer = await rawHttpRequest({
      url: `${server.url}/api/auth/login`,
      headers: { origin: server.url, 'content-type': 'application/json' },
      bodyBytes: 200 * mebibyte,
    });
    expectTooLarge(answer);
    expect(answer.bytesSent).toBeLessThan(50 * mebibyte);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * mebibyte);
  });

  it('refuses a declared Content-Length over the limit before reading a byte of the body', async () => {
    const declared = await rawHttpRequest({
      url: `${server.url}/api/auth/login`,
      headers: { origin: server.url, 'content-type': 'application/json', 'content-length': String(600 * mebibyte) },
      bodyBytes: 0,
    });
    expectTooLarge(declared);
    expect(declared.bytesSent).toBe(0);
  });

  it('holds uploads to their own limits, chunked or declared, and JSON routes behind a session to the JSON limit', async () => {
    const importPath = `/api/comment-periods/no-such-period/comment-imports`;
    const chunkedImport = await rawHttpRequest({ url: `${server.url}${importPath}`, headers: { origin: server.url, cookie, 'content-type': commentImportContentTypes.xlsx }, bodyBytes: 100 * mebibyte });
    expectTooLarge(chunkedImport);
    expect(JSON.parse(chunkedImport.body).error.message).toMatch(/5 MiB/);
    const declaredImage = await rawHttpRequest({ url: `${server.url}/api/standards/${standardId}/images`, headers: { origin: server.url, cookie, 'content-type': 'image/png', 'content-length': String(6 * mebibyte) }, bodyBytes: 0 });
    expectTooLarge(declaredImage);
    const standard = await rawHttpRequest({ url: `${server.url}/api/standards`, headers: { origin: server.url, cookie, 'content-type': 'application/json' }, bodyBytes: 65 * 1024 });
    expectTooLarge(standard);
    const withinLimit = await rawHttpRequest({ url: `${server.url}/api/standards`, headers: { origin: server.url, cookie, 'content-type': 'application/json' }, bodyBytes: 60 * 1024 });
    expect(withinLimit.status).toBe(400);
    expect(JSON.parse(withinLimit.body).error.code).toBe('invalid_json');
  });

  it('never answers 5xx to a body of 600 MB, and the server goes on serving', async () => {
    const answer = await rawHttpRequest({ url: `${server.url}/api/auth/signup`, headers: { origin: server.url, 'content-type': 'application/json' }, bodyBytes: 600 * mebibyte });
    expectTooLarge(answer);
    expect((await fetch(`${server.url}/api/health`)).status).toBeLessThan(500);
  });
});
