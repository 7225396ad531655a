import type { Context } from 'hono';
import type { z } from 'zod';
import { DomainError } from '../errors';
import { maximumJsonBodyBytes } from './body-size-limit';

/** Reads a JSON body and checks it against the shared schema; any problem becomes a 400 with a readable message. */
export async function readJsonBody<Schema extends z.ZodType>(context: Context, schema: Schema, maximumBytes: number = maximumJsonBodyBytes): Promise<z.infer<Schema>> {
  const text = await context.req.text();
  if (text.length > maximumBytes) throw new DomainError('body_too_large', `The request body may be at most ${Math.round(maximumBytes / 1024)} KiB.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DomainError('invalid_json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
    throw new DomainError('invalid_request', problems);
  }
  return parsed.data;
}
