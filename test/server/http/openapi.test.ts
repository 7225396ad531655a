import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '../../../shared/api/contract';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('GET /api/openapi.json', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('describes every endpoint of the contract with schemas generated from zod', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> } }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    };
    expect(document.openapi).toBe('3.1.0');
    for (const endpoint of Object.values(endpoints)) {
      expect(document.paths[endpoint.path]?.[endpoint.method], `${endpoint.method} ${endpoint.path}`).toBeDefined();
    }
    expect(document.paths['/api/standards']?.post?.requestBody?.content['application/json']?.schema.$ref).toBe('#/components/schemas/CreateStandardRequest');
    expect(document.components.schemas.CreateStandardRequest?.required).toEqual(['title']);
    expect(Object.keys(document.components.schemas.SignupRequest?.properties ?? {})).toEqual(['username', 'password', 'displayName']);
  });
});
