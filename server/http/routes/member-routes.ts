import { addMemberRequestSchema, changeMemberRoleRequestSchema, memberParametersSchema, standardIdParametersSchema, type Member, type MemberListResponse } from '../../../shared/api/standards';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { addMember } from '../../commands/add-member';
import { changeMembership } from '../../commands/change-membership';
import { findMembership, listMembersWithUsers } from '../../db/repos/members';
import { findUserById } from '../../db/repos/users';
import { DomainError } from '../../errors';
import { canManageMembers } from '../../policies/standard-policy';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentMember } from '../presenters/present-member';
import { readJsonBody } from '../request-body';
import { requireVisibleStandard } from '../standard-access';
import { requireSession } from '../session-middleware';

export function registerMemberRoutes(app: HttpApp, { database, liveDocuments }: HttpDependencies): void {
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

  app.patch('/api/standards/:id/members/:userId', async (context) => {
    const session = requireSession(context);
    const { id, userId } = memberParametersSchema.parse(context.req.param());
    if (!canManageMembers(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat changes roles.');
    const { role } = await readJsonBody(context, changeMemberRoleRequestSchema);
    changeMembership({ database, standardId: id, userId, newRole: role, changedBy: session.user.id, now: new Date() });
    liveDocuments.disconnectUser(documentNameForStandard(id), userId);
    const member = findMembership(database, id, userId);
    const user = findUserById(database, userId);
    if (!member || !user) throw new DomainError('not_found', 'This person is not a member of the standard.');
    return context.json(presentMember(member, user) satisfies Member | null, 200);
  });

  app.delete('/api/standards/:id/members/:userId', (context) => {
    const session = requireSession(context);
    const { id, userId } = memberParametersSchema.parse(context.req.param());
    if (!canManageMembers(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat removes members.');
    changeMembership({ database, standardId: id, userId, newRole: null, changedBy: session.user.id, now: new Date() });
    liveDocuments.disconnectUser(documentNameForStandard(id), userId);
    return context.json({}, 200);
  });
}
