import { addMotionRequestSchema, ballotRequestSchema, ballotSchema, reviewIdParametersSchema } from '../../../shared/api/reviews';
import { findUserById } from '../../db/repos/users';
import { DomainError } from '../../errors';
import { canChairReview } from '../../policies/review-policy';
import { addMotion } from '../../reviews/commands/add-motion';
import { castBallot } from '../../reviews/commands/cast-ballot';
import { closeMotion } from '../../reviews/commands/close-motion';
import { openMotion } from '../../reviews/commands/open-motion';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentMotion } from '../presenters/present-motion';
import { readJsonBody } from '../request-body';
import { requireVisibleMotion, requireVisibleReview } from '../review-access';
import { requireSession } from '../session-middleware';

export function registerMotionRoutes(app: HttpApp, { database, liveDocuments, bodyTimeZone }: HttpDependencies): void {
  app.post('/api/reviews/:id/motions', async (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, place } = requireVisibleReview(database, id, session.user.id);
    if (!canChairReview(place)) throw new DomainError('forbidden', 'The chair or the secretariat puts motions to the panel.');
    const request = await readJsonBody(context, addMotionRequestSchema);
    const motion = addMotion({ database, review, actorId: session.user.id, title: request.title, now: new Date() });
    return context.json(presentMotion(database, review, motion, session.user.id), 201);
  });

  app.get('/api/motions/:id', (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, motion } = requireVisibleMotion(database, id, session.user.id);
    return context.json(presentMotion(database, review, motion, session.user.id), 200);
  });

  app.post('/api/motions/:id/open', (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, place } = requireVisibleMotion(database, id, session.user.id);
    if (!canChairReview(place)) throw new DomainError('forbidden', 'The chair or the secretariat opens the vote.');
    const motion = openMotion({ database, review, motionId: id, actorId: session.user.id, now: new Date() });
    return context.json(presentMotion(database, review, motion, session.user.id), 200);
  });

  app.post('/api/motions/:id/close', async (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, place } = requireVisibleMotion(database, id, session.user.id);
    if (!canChairReview(place)) throw new DomainError('forbidden', 'The chair or the secretariat closes the vote.');
    const { motion } = await closeMotion({ database, liveDocuments, review, motionId: id, actorId: session.user.id, now: new Date(), bodyTimeZone });
    return context.json(presentMotion(database, review, motion, session.user.id), 200);
  });

  app.post('/api/motions/:id/ballots', async (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, place } = requireVisibleMotion(database, id, session.user.id);
    const request = await readJsonBody(context, ballotRequestSchema);
    const ballot = castBallot({ database, review, motionId: id, actorId: session.user.id, place, request, now: new Date() });
    const enteredBy = ballot.enteredBy === null ? null : findUserById(database, ballot.enteredBy);
    return context.json(
      ballotSchema.parse({
        id: ballot.id,
        motionId: ballot.motionId,
        vote: ballot.vote,
        reason: ballot.reason,
        castAt: ballot.castAt.toISOString(),
        supersedesId: ballot.supersedesId,
        enteredBy: enteredBy ? { id: enteredBy.id, displayName: enteredBy.displayName } : null,
      }),
      201,
    );
  });
}
