import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { loginRequestSchema, signupRequestSchema, type MeResponse } from '../../../shared/api/auth';
import { logIn } from '../../auth/log-in';
import { createSession, invalidateSession } from '../../auth/sessions';
import { signUp } from '../../auth/sign-up';
import { clientAddress } from '../client-address';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentUser } from '../presenters/present-user';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';

export function registerAuthRoutes(app: HttpApp, dependencies: HttpDependencies): void {
  const { database, sessionCookie, sessionLifetimes } = dependencies;

  function startSession(context: Context, userId: string): void {
    const previous = context.get('session');
    if (previous) invalidateSession(database, previous.sessionId);
    const { token } = createSession(database, userId, new Date());
    setCookie(context, sessionCookie.name, token, {
      httpOnly: true,
      secure: sessionCookie.secure,
      sameSite: 'Lax',
      path: '/',
      maxAge: Math.floor(sessionLifetimes.absoluteTimeoutMilliseconds / 1000),
    });
  }

  app.post('/api/auth/signup', async (context) => {
    const request = await readJsonBody(context, signupRequestSchema);
    const user = await signUp({ database, request, clientAddress: clientAddress(context), signupsPerAddress: dependencies.signupsPerAddress, now: new Date() });
    dependencies.loginThrottle.recordSuccess(user.username, clientAddress(context));
    startSession(context, user.id);
    return context.json({ user: presentUser(user) } satisfies MeResponse, 201);
  });

  app.post('/api/auth/login', async (context) => {
    const request = await readJsonBody(context, loginRequestSchema);
    const user = await logIn({ database, request, clientAddress: clientAddress(context), throttle: dependencies.loginThrottle, now: new Date() });
    startSession(context, user.id);
    return context.json({ user: presentUser(user) } satisfies MeResponse, 200);
  });

  app.post('/api/auth/logout', (context) => {
    const session = context.get('session');
    if (session) invalidateSession(database, session.sessionId);
    deleteCookie(context, sessionCookie.name, { path: '/', secure: sessionCookie.secure });
    return context.json({}, 200);
  });

  app.get('/api/auth/me', (context) => {
    const session = requireSession(context);
    return context.json({ user: presentUser(session.user) } satisfies MeResponse, 200);
  });
}
