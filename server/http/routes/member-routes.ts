import { addMemberRequestSchema, standardIdParametersSchema, type Member, type MemberListResponse } from '../../../shared/api/standards';
import { addMember } from '../../commands/add-member';
import { loadMembership } from '../../commands/load-membership';
import { listMembersWithUsers } from '../../db/repos/members';
import { DomainError } from '../../errors';
import { canManageMembers, canViewStandard } from '../../policies/standard-policy';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentMember } from '../presenters/present-member';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';

const notFoundMessage = 'This standard does not exist or you are not a member of it.';

export function registerMemberRoutes(app: HttpApp, { database }: HttpDependencies): void {
  app.get('/api/standards/:id/members', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canViewStandard(loadMembership(database, id, session.user.id))) throw new DomainError('not_found', notFoundMessage);
    const members = listMembersWithUsers(database, id).flatMap(({ member, user }) => presentMember(member, user) ?? []);
    return context.json({ members } satisfies MemberListResponse, 200);
  });

  app.post('/api/standards/:id/members', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    const membership = loadMembership(database, id, session.user.id);
    if (!canViewStandard(membership)) throw new DomainError('not_found', notFoundMessage);
    if (!canManageMembers(membership)) throw new DomainError('forbidden', 'Only the secretariat adds members.');
    const request = await readJsonBody(context, addMemberRequestSchema);
    const { member, user } = addMember({ database, standardId: id, addedBy: session.user.id, request, now: new Date() });
    return context.json(presentMember(member, user) satisfies Member | null, 201);
  });
}
