import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../server/env';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('GET /api/meta and BODY_TIME_ZONE', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ BODY_TIME_ZONE: 'America/New_York' });
  });

  afterAll(async () => {
    await server.stop();
  });

  it('tells anyone, without a session, the body time zone', async () => {
    const response = await fetch(`${server.url}/api/meta`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ timeZone: 'America/New_York' });
  });

  it('defaults to Asia/Shanghai, gives the public address when set, and refuses a zone Intl does not know at start-up', () => {
    expect(readEnvironment({}).bodyTimeZone).toBe('Asia/Shanghai');
    expect(readEnvironment({ BODY_TIME_ZONE: 'Europe/Berlin' }).bodyTimeZone).toBe('Europe/Berlin');
    expect(() => readEnvironment({ BODY_TIME_ZONE: 'Mars/Olympus' })).toThrow(/BODY_TIME_ZONE: not a time zone/);
    expect(() => readEnvironment({ BODY_TIME_ZONE: '' })).toThrow(/BODY_TIME_ZONE/);
  });

  it('includes the public address when PUBLIC_URL is set', async () => {
    const published = await startTestServer({ PUBLIC_URL: 'https://normdraft.example.org' });
    try {
      const response = await fetch(`http://127.0.0.1:${published.port}/api/meta`);
      expect(await response.json()).toMatchObject({ timeZone: 'Asia/Shanghai', publicUrl: 'https://normdraft.example.org' });
    } finally {
      await published.stop();
    }
  });
});
