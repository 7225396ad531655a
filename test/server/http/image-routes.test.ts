import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('figure images', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
  });
  afterAll(async () => {
    await server.stop();
  });

  function upload(client: ApiClient, bytes: Uint8Array, contentType = 'image/png') {
    return client.postBytes(`/api/standards/${standardId}/images`, bytes, contentType);
  }

  it('stores a PNG and serves it back with its real content type to members only', async () => {
    const response = await upload(secretariat, onePixelPng);
    expect(response.status).toBe(201);
    const image = response.body as { id: string; contentType: string; size: number };
    expect(image).toMatchObject({ contentType: 'image/png', size: onePixelPng.length });

    const served = await secretariat.fetchRaw(`/api/images/${image.id}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(onePixelPng)).toBe(true);

    const outsider = await signedUpClient(server.url, 'outsider');
    expect((await outsider.fetchRaw(`/api/images/${image.id}`)).status).toBe(404);
  });

  it('judges the type by the bytes, not by the claimed content type', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const response = await upload(secretariat, html, 'image/png');
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ error: { code: 'unsupported_media_type' } });
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await upload(secretariat, svg, 'image/svg+xml')).status).toBe(415);
  });

  it('refuses images over 5 MiB with 413', async () => {
    const large = new Uint8Array(5 * 1024 * 1024 + 1);
    large.set(onePixelPng);
    const response = await upload(secretariat, large);
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ error: { code: 'body_too_large' } });
  });

  it('lets only editors upload', async () => {
    await signedUpClient(server.url, 'observer');
    await secretariat.post(`/api/standards/${standardId}/members`, { username: 'observer', role: 'observer' });
    const observer = await loggedInClient(server.url, 'observer');
    expect((await upload(observer, onePixelPng)).status).toBe(403);
  });
});
