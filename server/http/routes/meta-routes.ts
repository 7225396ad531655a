import type { HttpApp } from '../http-environment';
import { createOpenApiDocument } from '../openapi-document';

export function registerMetaRoutes(app: HttpApp): void {
  const openApiDocument = createOpenApiDocument();
  app.get('/api/health', (context) => context.json({ ok: true as const }, 200));
  app.get('/api/openapi.json', (context) => context.json(openApiDocument, 200));
}
