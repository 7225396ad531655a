import { commentIdParametersSchema } from '../../../shared/api/comments';
import { reactionRequestSchema, recordDispositionRequestSchema, type CommentDashboard } from '../../../shared/api/dispositions';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { referenceNamerOf } from '../../../shared/document/element-references';
import { buildCommentDashboard } from '../../commands/comment-dashboard';
import { decisionsOfComments } from '../../commands/comment-decisions';
import { referencesOfPeriodVersion } from '../../commands/period-version-numbering';
import { readLiveDraft } from '../../commands/read-live-draft';
import { recordDisposition } from '../../commands/record-disposition';
import { recordReaction } from '../../commands/record-reaction';
import type { Database } from '../../db/client';
import { DomainError } from '../../errors';
import { canDisposeComment, canReadStandardComments } from '../../policies/comment-policy';
import type { StandardMembership } from '../../policies/standard-policy';
import { requireVisibleComment } from '../comment-access';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentDisposition, presentReaction } from '../presenters/present-disposition';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireVisibleStandard } from '../standard-access';



/** Members see clause numbers of the live draft; a commenter sees those of the version they commented on. */
function clauseNumbering(database: Database, comment: { standardId: string; periodId: string }, membership: StandardMembership | null): (clauseId: string) => string | null {
  const namer = membership === null ? referencesOfPeriodVersion(database, comment.periodId) : referenceNamerOf(readLiveDraft(database, comment.standardId));
  return (clauseId) => namer?.(clauseId) ?? null;
}

export function registerDispositionRoutes(app: HttpApp, { database }: HttpDependencies): void {
  app.post('/api/comments/:id/dispositions', async (context) => {
    const session = requireSession(context);
    const { id } = commentIdParametersSchema.parse(context.req.param());
    const { comment, membership } = requireVisibleComment(database, id, session.user.id);
    if (!canDisposeComment(membership)) throw new DomainError('forbidden', 'Only the drafting working group decides on comments.');
    const request = await readJsonBody(context, recordDispositionRequestSchema);
    const disposition = recordDisposition({ database, comment, deciderId: session.user.id, request, now: new Date() });
    return context.json(presentDisposition({ disposition, deciderName: session.user.displayName }, clauseNumbering(database, comment, membership)), 201);
  });

  app.get('/api/comments/:id/dispositions', (context) => {
    const session = requireSession(context);
    const { id } = commentIdParametersSchema.parse(context.req.param());
    const { comment, membership } = requireVisibleComment(database, id, session.user.id);
    const decisions = decisionsOfComments(database, [id]).get(id);
    const clauseNumberOf = clauseNumbering(database, comment, membership);
    return context.json(
      {
        dispositions: (decisions?.history ?? []).map((entry) => presentDisposition(entry, clauseNumberOf)),
        reactions: decisions?.reaction ? [presentReaction(decisions.reaction)] : [],
      },
      200,
    );
  });

  app.post('/api/comments/:id/reactions', async (context) => {
    const session = requireSession(context);
    const { id } = commentIdParametersSchema.parse(context.req.param());
    const { comment } = requireVisibleComment(database, id, session.user.id);
    const request = await readJsonBody(context, reactionRequestSchema);
    return context.json(presentReaction(recordReaction({ database, comment, actorId: session.user.id, request, now: new Date() })), 201);
  });

  app.get('/api/standards/:id/comment-dashboard', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    const membership = requireVisibleStandard(database, id, session.user.id);
    if (!canReadStandardComments(membership)) throw new DomainError('forbidden', 'Only members read the comments.');
    return context.json(buildCommentDashboard(database, id, referenceNamerOf(readLiveDraft(database, id))) satisfies CommentDashboard, 200);
  });
}
