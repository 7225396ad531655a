import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { HttpApp } from './http-environment';

/** Serves the built single-page app; any other non-API path gets index.html so deep links survive a reload. */
export function registerStaticClient(app: HttpApp, clientDirectory: string): void {
  const indexPath = join(clientDirectory, 'index.html');
  const root = relative(process.cwd(), clientDirectory) || '.';
  if (existsSync(clientDirectory)) app.use('/assets/*', serveStatic({ root }));
  app.get('*', async (context, next) => {
    if (context.req.path.startsWith('/api/')) return next();
    if (!existsSync(indexPath)) {
      return context.text('The client has not been built yet. Run `npm run build`, or start with `npm start`, which builds it.', 503);
    }
    return context.html(readFileSync(indexPath, 'utf8'));
  });
}
