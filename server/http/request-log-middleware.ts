import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ServerLogger } from '../operations/logging/server-logger';
import type { HttpVariables } from './http-environment';

/**
 * Gives every request an id (answered as `X-Request-Id`, and carried by the error logged while serving it) and logs
 * one line once it is answered: method, route pattern (a raw path may hold an invitation or reset token), status, time.
 */
export function requestLogMiddleware(logger: ServerLogger): MiddlewareHandler<{ Variables: HttpVariables }> {
  return async (context, next) => {
    const requestId = randomUUID();
    context.set('requestId', requestId);
    const started = performance.now();
    await next();
    context.header('X-Request-Id', requestId);
    logger.info({ requestId, method: context.req.method, route: context.req.routePath, status: context.res.status, milliseconds: Math.round(performance.now() - started) }, 'request');
  };
}
