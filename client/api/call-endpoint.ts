import { z } from 'zod';
import type { Endpoint, JsonEndpoint } from '../../shared/api/contract';
import { ApiError } from './api-error';
import { errorFromResponse } from './error-from-response';

type RequestBody<Described extends JsonEndpoint> = Described extends { request: infer Schema extends z.ZodType }
  ? z.input<Schema>
  : never;

type QueryParameters<Described extends Endpoint> = Described extends { query: infer Schema extends z.ZodObject }
  ? z.input<Schema>
  : never;

export type ResponseBody<Described extends JsonEndpoint> = z.output<Described['response']>;

export interface CallOptions<Described extends JsonEndpoint> {
  /** Values for the `{name}` placeholders of the endpoint's path. */
  pathParameters?: Record<string, string>;
  body?: RequestBody<Described>;
  query?: QueryParameters<Described>;
}

function fillPath(path: string, parameters: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = parameters[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}

/** The address of an endpoint with its path filled in and its query parameters appended. */
export function endpointAddress<Described extends Endpoint>(
  endpoint: Described,
  pathParameters: Record<string, string> = {},
  query?: QueryParameters<Described>,
): string {
  const path = fillPath(endpoint.path, pathParameters);
  const entries = Object.entries(query ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return entries.length === 0 ? path : `${path}?${new URLSearchParams(entries).toString()}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return undefined;
  }
}

/** Calls one endpoint of the contract and returns its response, parsed with the contract's schema. */
export async function callEndpoint<Described extends JsonEndpoint>(
  endpoint: Described,
  options: CallOptions<Described> = {},
): Promise<ResponseBody<Described>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method: endpoint.method.toUpperCase(), credentials: 'same-origin', headers };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(endpointAddress(endpoint, options.pathParameters, options.query), init);
  } catch (error) {
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : String(error));
  }

  const payload = await readJson(response);
  if (!response.ok) throw errorFromResponse(response, payload);

  const parsed = z.safeParse<Described['response']>(endpoint.response, payload ?? {});
  if (!parsed.success) {
    throw new ApiError(response.status, 'unexpected_response', `Unexpected response from ${endpoint.path}: ${parsed.error.message}`);
  }
  return parsed.data;
}
