import { Hono } from 'hono';
import { ZodError } from 'zod';
import { DomainError } from '../errors';
import { createBodySizeLimit } from './body-size-limit';
import { errorResponse } from './error-response';
import { knownHostMiddleware } from './known-host-middleware';
import type { HttpApp, HttpDependencies, HttpVariables } from './http-environment';
import { registerAuthRoutes } from './routes/auth-routes';
import { registerCollaborationTicketRoutes } from './routes/collaboration-ticket-routes';
import { registerCommentImportRoutes } from './routes/comment-import-routes';
import { registerCommentInvitationRoutes } from './routes/comment-invitation-routes';
import { registerCommentPeriodRoutes } from './routes/comment-period-routes';
import { registerCommentRoutes } from './routes/comment-routes';
import { registerCommentTableRoutes } from './routes/comment-table-routes';
import { registerCommentThreadRoutes } from './routes/comment-thread-routes';
import { registerCompareRoutes } from './routes/compare-routes';
import { registerDispositionRoutes } from './routes/disposition-routes';
import { registerMotionRoutes } from './routes/motion-routes';
import { registerPeriodicReviewRoutes } from './routes/periodic-review-routes';
import { registerFeedbackRoutes } from './routes/feedback-routes';
import { registerComplaintRoutes } from './routes/complaint-routes';
import { registerPublicationRoutes } from './routes/publication-routes';
import { registerReviewMaterialRoutes } from './routes/review-material-routes';
import { registerReviewRoutes } from './routes/review-routes';
import { registerRuleSetRoutes } from './routes/rule-set-routes';
import { registerDocumentStructureRoutes } from './routes/document-structure-routes';
import { registerHistoryRoutes } from './routes/history-routes';
import { registerImageRoutes } from './routes/image-routes';
import { registerLedgerRoutes } from './routes/ledger-routes';
import { registerPublicCatalogueRoutes } from './routes/public-catalogue-routes';
import { registerPublicStandardPageRoutes } from './routes/public-standard-page-routes';
import { registerPublicVerificationRoutes } from './routes/public-verification-routes';
import { registerMemberRoutes } from './routes/member-routes';
import { registerMetaRoutes } from './routes/meta-routes';
import { registerStageRoutes } from './routes/stage-routes';
import { registerStandardDocumentRoutes } from './routes/standard-document-routes';
import { registerExplanatoryStatementRoutes } from './routes/explanatory-statement-routes';
import { registerStandardRoutes } from './routes/standard-routes';
import { registerVersionRoutes } from './routes/version-routes';
import { registerWordImportRoutes } from './routes/word-import-routes';
import { sameOriginMiddleware } from './same-origin-middleware';
import { securityHeaders } from './security-headers';
import { sessionMiddleware } from './session-middleware';
import { registerStaticClient } from './static-client';

export function createHttpApp(dependencies: HttpDependencies): HttpApp {
  const app: HttpApp = new Hono<{ Variables: HttpVariables }>();

  app.use('*', knownHostMiddleware(dependencies.knownHosts));
  app.use('*', securityHeaders({ servedOverHttps: dependencies.publicUrl?.protocol === 'https:' }));
  app.use('*', createBodySizeLimit(dependencies.wordImportLimits.maximumFileBytes));
  app.use('/api/*', sameOriginMiddleware(dependencies.publicUrl));
  app.use('/api/*', sessionMiddleware(dependencies));
  app.use('/api/*', async (context, next) => {
    await next();
    if (!context.res.headers.has('Cache-Control')) context.header('Cache-Control', 'no-store');
  });

  registerMetaRoutes(app, dependencies);
  registerAuthRoutes(app, dependencies);
  registerWordImportRoutes(app, dependencies);
  registerStandardRoutes(app, dependencies);
  registerMemberRoutes(app, dependencies);
  registerCollaborationTicketRoutes(app, dependencies);
  registerImageRoutes(app, dependencies);
  registerDocumentStructureRoutes(app, dependencies);
  registerVersionRoutes(app, dependencies);
  registerStandardDocumentRoutes(app, dependencies);
  registerExplanatoryStatementRoutes(app, dependencies);
  registerStageRoutes(app, dependencies);
  registerPublicationRoutes(app, dependencies);
  registerPeriodicReviewRoutes(app, dependencies);
  registerFeedbackRoutes(app, dependencies);
  registerComplaintRoutes(app, dependencies);
  registerHistoryRoutes(app, dependencies);
  registerCompareRoutes(app, dependencies);
  registerCommentPeriodRoutes(app, dependencies);
  registerCommentRoutes(app, dependencies);
  registerCommentImportRoutes(app, dependencies);
  registerCommentThreadRoutes(app, dependencies);
  registerCommentInvitationRoutes(app, dependencies);
  registerDispositionRoutes(app, dependencies);
  registerCommentTableRoutes(app, dependencies);
  registerRuleSetRoutes(app, dependencies);
  registerReviewRoutes(app, dependencies);
  registerReviewMaterialRoutes(app, dependencies);
  registerMotionRoutes(app, dependencies);
  registerLedgerRoutes(app, dependencies);
  registerPublicVerificationRoutes(app, dependencies);
  // The catalogue first: its feed path would otherwise be read as an edition.
  registerPublicCatalogueRoutes(app, dependencies);
  registerPublicStandardPageRoutes(app, dependencies);
  app.all('/api/*', (context) => errorResponse(context, 'not_found', `No API route ${context.req.method} ${context.req.path}.`));
  registerStaticClient(app, dependencies.clientDirectory);

  app.onError((error, context) => {
    if (error instanceof DomainError) return errorResponse(context, error.code, error.message, error.details);
    if (error instanceof ZodError) return errorResponse(context, 'invalid_request', error.issues.map((issue) => issue.message).join('; '));
    console.error('Unexpected error while serving', context.req.method, context.req.path, error);
    return errorResponse(context, 'internal_error', 'Something went wrong on the server. Try again; if it keeps happening, tell the administrator.');
  });

  return app;
}
