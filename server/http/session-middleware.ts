import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { validateSessionToken } from '../auth/sessions';
import { DomainError } from '../errors';
import type { HttpDependencies, HttpVariables } from './http-environment';

export function sessionMiddleware(dependencies: HttpDependencies): MiddlewareHandler<{ Variables: HttpVariables }> {
  return async (context, next) => {
    const token = getCookie(context, dependencies.sessionCookie.name);
    const session = token ? validateSessionToken(dependencies.database, token, dependencies.sessionLifetimes, new Date()) : null;
    context.set('session', session);
    await next();
  };
}

export function requireSession(context: { get(key: 'session'): HttpVariables['session'] }): NonNullable<HttpVariables['session']> {
  const session = context.get('session');
  if (!session) throw new DomainError('unauthenticated', 'Sign in first.');
  return session;
}
