import { addMemberRequestSchema, standardIdParametersSchema, type Member, type MemberListResponse } from '../../../shared/api/standards';
import { addMember } from '../../commands/add-member';
import { listMembersWithUsers } from '../../db/repos/members';
import { DomainError } from '../../errors';
import { canManageMembers } from '../../policies/standard-policy';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentMember } from '../presenters/present-member';
import { readJsonBody } from '../request-body';
import { requireVisibleStandard } from '../standard-access';
import { requireSession } from '../session-middleware';

export function registerMemberRoutes(app: HttpApp, { database }: HttpDependencies): void {
  app.get('/api/standards/:id/members', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const members = listMembersWithUsers(database, id).flatMap(({ member, user }) => presentMember(member, user) ?? []);
    return context.json({ members } satisfies MemberListResponse, 200);
  });

  app.post('/api/standards/:id/members', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    const membership = requireVisibleStandard(database, id, session.user.id);
    if (!canManageMembers(membership)) throw new DomainError('forbidden', 'Only the secretariat adds members.');
    const request = await readJsonBody(context, addMemberRequestSchema);
    const { member, user } = addMember({ database, standardId: id, addedBy: session.user.id, request, now: new Date() });
    return context.json(presentMember(member, user) satisfies Member | null, 201);
  });
}
