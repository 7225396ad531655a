import { reviewIdParametersSchema, createReviewRequestSchema, reviewListResponseSchema, setPanelRequestSchema, attendanceRequestSchema, opinionRequestSchema, opinionResponseRequestSchema, type Review } from '../../../shared/api/reviews';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import type { Database } from '../../db/client';
import { listReviewsOfPanelMember, listReviewsOfStandard, type ReviewRecord } from '../../db/repos/reviews';
import { findStandardById } from '../../db/repos/standards';
import { findVersion } from '../../db/repos/versions';
import { DomainError } from '../../errors';
import { canAnswerReviewOpinions, canChairReview, canCreateReview, canManageReview } from '../../policies/review-policy';
import { createReview } from '../../reviews/commands/create-review';
import { publishMaterials } from '../../reviews/commands/publish-materials';
import { recordAttendance } from '../../reviews/commands/record-attendance';
import { answerOpinion, recordOpinion } from '../../reviews/commands/review-opinions';
import { setPanel } from '../../reviews/commands/set-panel';
import { approvalMotionOf } from '../../reviews/review-facts';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentReview, presentReviewSummary } from '../presenters/present-review';
import { readJsonBody } from '../request-body';
import { requireVisibleOpinion, requireVisibleReview } from '../review-access';
import { requireSession } from '../session-middleware';
import { requireStandard, requireVisibleStandard } from '../standard-access';

function summaries(database: Database, reviews: readonly ReviewRecord[]) {
  return reviews.flatMap((review) => {
    const standard = findStandardById(database, review.standardId);
    if (!standard) return [];
    const versionName = findVersion(database, review.standardId, review.versionId)?.version.name ?? '';
    return [presentReviewSummary(review, standard, versionName, approvalMotionOf(database, review.id)?.outcome ?? null)];
  });
}

export function registerReviewRoutes(app: HttpApp, { database, ledgerSigningKey }: HttpDependencies): void {
  function reviewFor(reviewId: string, userId: string): Review {
    const { review, standard, place } = requireVisibleReview(database, reviewId, userId);
    return presentReview(database, review, standard, place, userId);
  }

  app.post('/api/standards/:id/reviews', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canCreateReview(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat sets up reviews.');
    const request = await readJsonBody(context, createReviewRequestSchema);
    const { review } = createReview({ database, standard: requireStandard(database, id), createdBy: session.user.id, request, now: new Date() });
    return context.json(reviewFor(review.id, session.user.id), 201);
  });

  app.get('/api/standards/:id/reviews', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    return context.json(reviewListResponseSchema.parse({ reviews: summaries(database, listReviewsOfStandard(database, id)) }), 200);
  });

  app.get('/api/me/reviews', (context) => {
    const session = requireSession(context);
    return context.json(reviewListResponseSchema.parse({ reviews: summaries(database, listReviewsOfPanelMember(database, session.user.id)) }), 200);
  });

  app.get('/api/reviews/:id', (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    return context.json(reviewFor(id, session.user.id), 200);
  });

  app.put('/api/reviews/:id/panel', async (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, place } = requireVisibleReview(database, id, session.user.id);
    if (!canManageReview(place)) throw new DomainError('forbidden', 'Only the secretariat names the panel.');
    const request = await readJsonBody(context, setPanelRequestSchema);
    setPanel({ database, review, actorId: session.user.id, request, now: new Date() });
    return context.json(reviewFor(id, session.user.id), 200);
  });

  app.post('/api/reviews/:id/materials', (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, place } = requireVisibleReview(database, id, session.user.id);
    if (!canManageReview(place)) throw new DomainError('forbidden', 'Only the secretariat makes the materials available.');
    publishMaterials({ database, ledgerSigningKey, review, actorId: session.user.id, now: new Date() });
    return context.json(reviewFor(id, session.user.id), 200);
  });

  app.post('/api/reviews/:id/attendance', async (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, place } = requireVisibleReview(database, id, session.user.id);
    const request = await readJsonBody(context, attendanceRequestSchema);
    recordAttendance({ database, review, actorId: session.user.id, place, username: request.username, present: request.present, now: new Date() });
    return context.json(reviewFor(id, session.user.id), 200);
  });

  app.post('/api/reviews/:id/opinions', async (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, place } = requireVisibleReview(database, id, session.user.id);
    if (!canChairReview(place)) throw new DomainError('forbidden', 'The chair or the secretariat writes down the review opinions.');
    const request = await readJsonBody(context, opinionRequestSchema);
    recordOpinion({ database, review, actorId: session.user.id, text: request.text, now: new Date() });
    return context.json(reviewFor(id, session.user.id), 201);
  });

  app.post('/api/review-opinions/:id/responses', async (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, opinion, place } = requireVisibleOpinion(database, id, session.user.id);
    if (!canAnswerReviewOpinions(place)) throw new DomainError('forbidden', 'The drafting working group answers the review opinions.');
    const request = await readJsonBody(context, opinionResponseRequestSchema);
    answerOpinion({ database, review, opinion, actorId: session.user.id, decision: request.decision, reason: request.reason, now: new Date() });
    return context.json(reviewFor(review.id, session.user.id), 201);
  });
}
