import { metricsRegistry } from '../../operations/metrics/metrics-registry';
import { clientAddress } from '../client-address';
import { errorResponse } from '../error-response';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { decideMetricsAccess } from '../metrics-access';

/** GET /metrics in the Prometheus text format, outside /api (no session, no same-origin rule) and guarded by its own rule. */
export function registerMetricsRoutes(app: HttpApp, { metricsToken }: HttpDependencies): void {
  app.get('/metrics', async (context) => {
    const access = decideMetricsAccess({ token: metricsToken, authorization: context.req.header('authorization'), remoteAddress: clientAddress(context), headers: context.req.raw.headers });
    if (access === 'token_required') {
      context.header('WWW-Authenticate', 'Bearer realm="metrics"');
      return errorResponse(context, 'unauthenticated', 'GET /metrics needs the METRICS_TOKEN as a Bearer token.');
    }
    if (access === 'loopback_only') return errorResponse(context, 'forbidden', 'GET /metrics answers only the machine the server runs on, unless METRICS_TOKEN is set.');
    const text = await metricsRegistry.metrics();
    context.header('Content-Type', metricsRegistry.contentType);
    context.header('Cache-Control', 'no-store');
    return context.body(text, 200);
  });
}
