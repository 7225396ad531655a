import { z } from 'zod';
import { endpoints, type Endpoint } from '../../shared/api/contract';
import { errorBodySchema } from '../../shared/api/errors';

type JsonObject = Record<string, unknown>;

function referenceTo(schema: z.ZodType): JsonObject {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: `#/components/schemas/${id}` };
  const { $schema: _dialect, ...inline } = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return inline;
}

function jsonContent(schema: z.ZodType): JsonObject {
  return { 'application/json': { schema: referenceTo(schema) } };
}

function queryParameters(endpoint: Endpoint): JsonObject[] {
  if (!endpoint.query) return [];
  return Object.entries(endpoint.query.shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: { type: 'string' },
  }));
}

function successContent(endpoint: Endpoint): JsonObject {
  if (endpoint.response) return jsonContent(endpoint.response);
  return Object.fromEntries((endpoint.rawResponseContentTypes ?? []).map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
}

function pathParameters(path: string): JsonObject[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
}

function operationFor(operationId: string, endpoint: Endpoint): JsonObject {
  const errorResponse = { description: 'Error', content: jsonContent(errorBodySchema) };
  return {
    operationId,
    summary: endpoint.summary,
    parameters: [...pathParameters(endpoint.path), ...queryParameters(endpoint)],
    ...(endpoint.request ? { requestBody: { required: true, content: jsonContent(endpoint.request) } } : {}),
    ...(endpoint.rawRequestContentTypes
      ? { requestBody: { required: true, content: Object.fromEntries(endpoint.rawRequestContentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) } }
      : {}),
    ...(endpoint.requiresSession ? { security: [{ sessionCookie: [] }] } : {}),
    responses: {
      [String(endpoint.successStatus)]: { description: 'Success', content: successContent(endpoint) },
      '4XX': errorResponse,
      '5XX': errorResponse,
    },
  };
}

/** The OpenAPI 3.1 document, generated from the shared zod schemas that the routes validate with. */
export function createOpenApiDocument(): JsonObject {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const componentSchemas = Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _identifier, ...rest } = schema as JsonObject;
      return [id, rest];
    }),
  );
  const paths: Record<string, JsonObject> = {};
  for (const [operationId, endpoint] of Object.entries(endpoints)) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method]: operationFor(operationId, endpoint) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Normdraft API', version: '1.0.0', description: 'Draft, comment on, review and approve technical standards together.' },
    paths,
    components: {
      schemas: componentSchemas,
      securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'normdraft_session' } },
    },
  };
}
