import type { MetaResponse } from '../../../shared/api/meta';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { createOpenApiDocument } from '../openapi-document';

export function registerMetaRoutes(app: HttpApp, { bodyTimeZone, publicUrl, pdfConverter, readHealth }: HttpDependencies): void {
  const openApiDocument = createOpenApiDocument();
  const meta: MetaResponse = { timeZone: bodyTimeZone, pdfExportAvailable: pdfConverter.available, ...(publicUrl ? { publicUrl: publicUrl.origin } : {}) };
  app.get('/api/health', (context) => {
    const health = readHealth();
    return context.json(health, health.ok ? 200 : 503);
  });
  app.get('/api/openapi.json', (context) => context.json(openApiDocument, 200));
  app.get('/api/meta', (context) => context.json(meta, 200));
}
