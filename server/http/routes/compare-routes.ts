import { standardIdParametersSchema } from '../../../shared/api/standards';
import { compareQuerySchema } from '../../../shared/api/versions';
import { renderRedlineHtml } from '../../../shared/document/compare/render-redline-html';
import { compareDrafts } from '../../commands/compare-drafts';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { requireSession } from '../session-middleware';
import { requireStandard, requireVisibleStandard } from '../standard-access';

export function registerCompareRoutes(app: HttpApp, { database, bodyTimeZone }: HttpDependencies): void {
  app.get('/api/standards/:id/compare', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const { from, to } = compareQuerySchema.parse(context.req.query());
    return context.json(compareDrafts(database, id, from, to, { timeZone: bodyTimeZone, now: new Date() }).comparison, 200);
  });

  app.get('/api/standards/:id/compare/redline', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const { from, to } = compareQuerySchema.parse(context.req.query());
    const language = context.req.query('language') === 'en' ? 'en' : 'zh';
    const { comparison, fromLabel, toLabel } = compareDrafts(database, id, from, to, { timeZone: bodyTimeZone, now: new Date() });
    const html = renderRedlineHtml(comparison, { standardTitle: requireStandard(database, id).title, fromLabel, toLabel, language });
    return context.body(html, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
    });
  });
}
