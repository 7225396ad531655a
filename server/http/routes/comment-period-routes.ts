import { closeCommentPeriodRequestSchema, commentPeriodIdParametersSchema, createCommentPeriodRequestSchema, extendCommentPeriodRequestSchema, type CommentPeriodListResponse } from '../../../shared/api/comments';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { closeCommentPeriod } from '../../commands/close-comment-period';
import { extendCommentPeriod } from '../../commands/extend-comment-period';
import { openCommentPeriod } from '../../commands/open-comment-period';
import { loadMembership } from '../../commands/load-membership';
import { documentOfVersionState } from '../../documents/version-document';
import { listCommentPeriodExtensions, listCommentPeriodsOf } from '../../db/repos/comment-periods';
import { DomainError } from '../../errors';
import { canManageCommentPeriods } from '../../policies/comment-policy';
import { requireCommentPeriod, requireReadablePeriodDraft } from '../comment-period-access';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentCommentPeriod } from '../presenters/present-comment-period';
import { presentOutline } from '../presenters/present-outline';
import type { OutlineResponse } from '../../../shared/api/document-structure';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireStandard, requireVisibleStandard } from '../standard-access';
import { writeTransaction } from '../../db/transactions';

/** The comment portal's outline and the numbered elements a comment can name. */
function outlineAndElements(outline: OutlineResponse): { outline: OutlineResponse['items']; elements: OutlineResponse['elements'] } {
  return { outline: outline.items, elements: outline.elements };
}

export function registerCommentPeriodRoutes(app: HttpApp, { database }: HttpDependencies): void {
  app.post('/api/standards/:id/comment-periods', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canManageCommentPeriods(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat opens comment periods.');
    const request = await readJsonBody(context, createCommentPeriodRequestSchema);
    const now = new Date();
    const period = openCommentPeriod({
      database,
      standardId: id,
      versionId: request.versionId,
      startsAt: request.startsAt ? new Date(request.startsAt) : now,
      endsAt: new Date(request.endsAt),
      openedBy: session.user.id,
      invitations: request.invitations,
      now,
    });
    const { standard, version } = requireCommentPeriod(database, period.id);
    return context.json(presentCommentPeriod(period, standard, version, now), 201);
  });

  app.get('/api/standards/:id/comment-periods', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const now = new Date();
    const periods = listCommentPeriodsOf(database, id).map((period) => {
      const { standard, version, closure } = requireCommentPeriod(database, period.id);
      const extensions = listCommentPeriodExtensions(database, period.id).map((extension) => ({
        previousEndsAt: extension.previousEndsAt.toISOString(),
        newEndsAt: extension.newEndsAt.toISOString(),
        reason: extension.reason,
        extendedAt: extension.extendedAt.toISOString(),
      }));
      return { period: presentCommentPeriod(period, standard, version, now, closure), extensions };
    });
    return context.json({ periods } satisfies CommentPeriodListResponse, 200);
  });

  app.get('/api/comment-periods/:id', (context) => {
    const { id } = commentPeriodIdParametersSchema.parse(context.req.param());
    const { period, standard, version, closure } = requireCommentPeriod(database, id);
    return context.json(presentCommentPeriod(period, standard, version, new Date(), closure), 200);
  });

  app.post('/api/comment-periods/:id/extend', async (context) => {
    const session = requireSession(context);
    const { id } = commentPeriodIdParametersSchema.parse(context.req.param());
    const { period } = requireCommentPeriod(database, id);
    if (!canManageCommentPeriods(loadMembership(database, period.standardId, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat extends comment periods.');
    const request = await readJsonBody(context, extendCommentPeriodRequestSchema);
    extendCommentPeriod({ database, period, newEndsAt: new Date(request.endsAt), reason: request.reason, extendedBy: session.user.id, now: new Date() });
    const reloaded = requireCommentPeriod(database, id);
    return context.json(presentCommentPeriod(reloaded.period, reloaded.standard, reloaded.version, new Date(), reloaded.closure), 200);
  });

  app.post('/api/comment-periods/:id/close', async (context) => {
    const session = requireSession(context);
    const { id } = commentPeriodIdParametersSchema.parse(context.req.param());
    const { period } = requireCommentPeriod(database, id);
    if (!canManageCommentPeriods(loadMembership(database, period.standardId, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat closes comment periods early.');
    const request = await readJsonBody(context, closeCommentPeriodRequestSchema);
    const now = new Date();
    writeTransaction(database, (transaction) => closeCommentPeriod({ transaction, period, reason: request.reason, closedBy: session.user.id, now }));
    const reloaded = requireCommentPeriod(database, id);
    return context.json(presentCommentPeriod(reloaded.period, reloaded.standard, reloaded.version, now, reloaded.closure), 200);
  });

  /** Stakeholders read the frozen 征求意见稿 here, never the live draft. */
  app.get('/api/comment-periods/:id/document', (context) => {
    const session = requireSession(context);
    const { id } = commentPeriodIdParametersSchema.parse(context.req.param());
    const { period, standard, version, closure } = requireReadablePeriodDraft(database, id, session.user.id, new Date());
    const document = documentOfVersionState(new Uint8Array(version.state));
    return context.json({ period: presentCommentPeriod(period, requireStandard(database, standard.id), version, new Date(), closure), document: document.toJSON() as Record<string, unknown>, ...outlineAndElements(presentOutline(document)) }, 200);
  });
}
