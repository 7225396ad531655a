import type { MiddlewareHandler } from 'hono';
import { isSameOriginRequest, serverOriginFor } from '../auth/same-origin';
import { errorResponse } from './error-response';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses state-changing requests that did not come from our own pages (cross-site request forgery). */
export function sameOriginMiddleware(publicUrl: URL | null): MiddlewareHandler {
  return async (context, next) => {
    if (!safeMethods.has(context.req.method)) {
      const serverOrigin = serverOriginFor(context.req.url, context.req.header('host') ?? null, publicUrl);
      if (!isSameOriginRequest(context.req.raw.headers, serverOrigin)) {
        return errorResponse(context, 'cross_origin_refused', 'This request did not come from this site and was refused.');
      }
    }
    await next();
  };
}
