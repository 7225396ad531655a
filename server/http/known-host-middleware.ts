import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './error-response';
import type { KnownHosts } from './known-hosts';

/** Answers 421 to any request addressed to a host this server is not known by. */
export function knownHostMiddleware(knownHosts: KnownHosts): MiddlewareHandler {
  return async (context, next) => {
    if (!knownHosts.accepts(context.req.header('host'))) {
      return errorResponse(
        context,
        'unknown_host',
        'This server does not answer to that host name. Open it at the address it was started with, or add the name to ALLOWED_HOSTS or PUBLIC_URL.',
      );
    }
    await next();
  };
}
