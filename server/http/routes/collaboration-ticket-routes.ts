import { collaborationTicketRequestSchema, type CollaborationTicketResponse } from '../../../shared/api/collab';
import { issueCollaborationTicket } from '../../commands/issue-collaboration-ticket';
import { loadMembership } from '../../commands/load-membership';
import { DomainError } from '../../errors';
import { draftAccess } from '../../policies/standard-policy';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';

export function registerCollaborationTicketRoutes(app: HttpApp, { database, liveDocuments }: HttpDependencies): void {
  app.post('/api/collab/ticket', async (context) => {
    const session = requireSession(context);
    const { standardId } = await readJsonBody(context, collaborationTicketRequestSchema);
    const access = draftAccess(loadMembership(database, standardId, session.user.id));
    if (access === 'none') throw new DomainError('not_found', 'This standard does not exist or you are not a member of it.');
    const ticket = issueCollaborationTicket({ database, userId: session.user.id, standardId, now: new Date() });
    liveDocuments.warmUp(ticket.documentName);
    const body: CollaborationTicketResponse = {
      token: ticket.token,
      documentName: ticket.documentName,
      readOnly: access === 'read',
      expiresAt: ticket.expiresAt.toISOString(),
    };
    return context.json(body, 200);
  });
}
