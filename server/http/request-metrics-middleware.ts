import type { MiddlewareHandler } from 'hono';
import { httpRequestsCounter } from '../operations/metrics/metrics-registry';

/**
 * Counts every answered request by method, the route pattern that answered it (`/api/standards/:id`, never the path
 * with its ids, so the number of label values stays that of the routes) and status.
 */
export function requestMetricsMiddleware(): MiddlewareHandler {
  return async (context, next) => {
    await next();
    httpRequestsCounter.inc({ method: context.req.method, route: context.req.routePath, status: String(context.res.status) });
  };
}
