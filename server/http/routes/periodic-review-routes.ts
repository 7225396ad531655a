import { concludePeriodicReviewRequestSchema, dueReviewListResponseSchema, periodicReviewParametersSchema, startPeriodicReviewRequestSchema } from '../../../shared/api/publications';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { periodicReviewLookAheadDays } from '../../../shared/domain/edition-numbering';
import { findPeriodicReviewOfStandard } from '../../db/repos/periodic-reviews';
import { DomainError } from '../../errors';
import { canManagePublications } from '../../policies/publication-policy';
import { concludePeriodicReview } from '../../publications/commands/conclude-periodic-review';
import { listDueReviews } from '../../publications/commands/list-due-reviews';
import { startPeriodicReview } from '../../publications/commands/start-periodic-review';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentPeriodicReview } from '../presenters/present-publications';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireStandard, requireVisibleStandard } from '../standard-access';

export function registerPeriodicReviewRoutes(app: HttpApp, { database, liveDocuments, bodyTimeZone, periodicReviewIntervalYears }: HttpDependencies): void {
  app.post('/api/standards/:id/periodic-reviews', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canManagePublications(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat starts a periodic review.');
    const { note } = await readJsonBody(context, startPeriodicReviewRequestSchema);
    const review = await startPeriodicReview({ database, liveDocuments, standard: requireStandard(database, id), startedBy: session.user.id, note, now: new Date(), bodyTimeZone });
    return context.json(presentPeriodicReview(database, review), 201);
  });

  app.post('/api/standards/:id/periodic-reviews/:reviewId/conclusion', async (context) => {
    const session = requireSession(context);
    const { id, reviewId } = periodicReviewParametersSchema.parse(context.req.param());
    if (!canManagePublications(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat records the conclusion of a periodic review.');
    const request = await readJsonBody(context, concludePeriodicReviewRequestSchema);
    const review = findPeriodicReviewOfStandard(database, id, reviewId);
    if (!review) throw new DomainError('not_found', 'This periodic review does not exist.');
    await concludePeriodicReview({
      database,
      liveDocuments,
      standard: requireStandard(database, id),
      review,
      concludedBy: session.user.id,
      conclusion: request.conclusion,
      note: request.note,
      withdrawnOn: request.withdrawnOn,
      now: new Date(),
      bodyTimeZone,
      periodicReviewIntervalYears,
    });
    return context.json(presentPeriodicReview(database, findPeriodicReviewOfStandard(database, id, reviewId) ?? review), 200);
  });

  app.get('/api/periodic-reviews/due', (context) => {
    const session = requireSession(context);
    const standards = listDueReviews({ database, user: session.user, now: new Date(), bodyTimeZone });
    return context.json(dueReviewListResponseSchema.parse({ lookAheadDays: periodicReviewLookAheadDays, standards }), 200);
  });
}
