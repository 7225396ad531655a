import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandardAs, signedUpClient } from '../../helpers/api-client';
import { startChildServer, type ChildServer } from '../../helpers/child-server';
import { eventually } from '../../helpers/eventually';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';

describe('structured logs', () => {
  const directory = createTemporaryDirectory();
  let server: ChildServer;
  let output = '';

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'info';
    server = await startChildServer(join(directory.path, 'normdraft.db'));
    server.process.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
  });

  afterAll(async () => {
    await server.kill('SIGKILL');
    directory.remove();
  });

  it('writes one JSON object a line per request, with its request id and route pattern and without passwords, cookies, tokens or ids from the path', async () => {
    const api = await signedUpClient(server.url, 'secretary');
    const standardId = await createStandardAs(api);
    const ticket = await api.post('/api/collab/ticket', { standardId, documentKind: 'draft' });
    const ticketToken = (ticket.body as { token: string }).token;
    const read = await api.get(`/api/standards/${standardId}`);
    const requestId = read.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    await eventually(() => expect(output).toContain(requestId ?? 'no request id'));
    const lines = output.split('\n').filter((line) => line.startsWith('{'));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.find((entry) => entry.requestId === requestId)).toMatchObject({ msg: 'request', method: 'GET', route: '/api/standards/:id', status: 200, service: 'normdraft' });
    expect(entries.some((entry) => entry.route === '/api/auth/signup' && entry.status === 201)).toBe(true);
    for (const secret of ['correct horse battery', ticketToken, (api.sessionCookie ?? '').split('=')[1] ?? 'no cookie', standardId]) {
      expect(output).not.toContain(secret);
    }
  });
});
