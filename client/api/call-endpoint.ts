import { z } from 'zod';
import type { JsonEndpoint } from '../../shared/api/contract';
import { ApiError } from './api-error';
import { errorFromResponse } from './error-from-response';

type RequestBody<Described extends JsonEndpoint> = Described extends { request: infer Schema extends z.ZodType }
  ? z.input<Schema>
  : never;

export type ResponseBody<Described extends JsonEndpoint> = z.output<Described['response']>;

export interface CallOptions<Described extends JsonEndpoint> {
  /** Values for the `{name}` placeholders of the endpoint's path. */
  pathParameters?: Record<string, string>;
  body?: RequestBody<Described>;
}

function fillPath(path: string, parameters: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = parameters[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
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
    response = await fetch(fillPath(endpoint.path, options.pathParameters ?? {}), init);
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
