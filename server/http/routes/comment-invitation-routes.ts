import { commentPeriodIdParametersSchema } from '../../../shared/api/comments';
import { inviteRequestSchema, type InvitationListResponse } from '../../../shared/api/invitations';
import { inviteToCommentPeriod } from '../../commands/invite-to-comment-period';
import { listInvitationStatus } from '../../commands/list-invitations';
import { loadMembership } from '../../commands/load-membership';
import { DomainError } from '../../errors';
import { canManageCommentPeriods } from '../../policies/comment-policy';
import { requireCommentPeriod } from '../comment-period-access';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';

/** The invitation list carries contact details, so only the secretariat that keeps it reads it. */
export function registerCommentInvitationRoutes(app: HttpApp, { database }: HttpDependencies): void {
  function requireManagedPeriod(periodId: string, actorId: string): ReturnType<typeof requireCommentPeriod> {
    const loaded = requireCommentPeriod(database, periodId);
    const membership = loadMembership(database, loaded.period.standardId, actorId);
    if (membership === null) throw new DomainError('not_found', 'This comment period does not exist.');
    if (!canManageCommentPeriods(membership)) throw new DomainError('forbidden', 'Only the secretariat keeps the invitation list.');
    return loaded;
  }

  app.get('/api/comment-periods/:id/invitations', (context) => {
    const session = requireSession(context);
    const { id } = commentPeriodIdParametersSchema.parse(context.req.param());
    requireManagedPeriod(id, session.user.id);
    return context.json(listInvitationStatus(database, id) satisfies InvitationListResponse, 200);
  });

  app.post('/api/comment-periods/:id/invitations', async (context) => {
    const session = requireSession(context);
    const { id } = commentPeriodIdParametersSchema.parse(context.req.param());
    const { period } = requireManagedPeriod(id, session.user.id);
    const { invitations } = await readJsonBody(context, inviteRequestSchema);
    inviteToCommentPeriod({ database, period, invitations, invitedBy: session.user.id, now: new Date() });
    return context.json(listInvitationStatus(database, id) satisfies InvitationListResponse, 201);
  });
}
