import { collaborationTicketRequestSchema, type CollaborationTicketResponse } from '../../../shared/api/collab';
import { issueCollaborationTicket } from '../../commands/issue-collaboration-ticket';
import { loadMembership } from '../../commands/load-membership';
import { DomainError } from '../../errors';
import { openExplanatoryStatement } from '../../explanatory-statements/open-explanatory-statement';
import { explanatoryStatementAccess } from '../../policies/explanatory-statement-policy';
import { draftAccess } from '../../policies/standard-policy';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireStandard } from '../standard-access';

export function registerCollaborationTicketRoutes(app: HttpApp, { database, liveDocuments, bodyTimeZone }: HttpDependencies): void {
  app.post('/api/collab/ticket', async (context) => {
    const session = requireSession(context);
    const { standardId, documentKind = 'draft' } = await readJsonBody(context, collaborationTicketRequestSchema);
    const membership = loadMembership(database, standardId, session.user.id);
    const access = documentKind === 'draft' ? draftAccess(membership) : explanatoryStatementAccess(membership);
    if (access === 'none') throw new DomainError('not_found', 'This standard does not exist or you are not a member of it.');
    const ticket = issueCollaborationTicket({ database, userId: session.user.id, standardId, documentKind, now: new Date() });
    // Held loaded before it is seeded: a document seeded and let go would still be unloading when the socket arrives.
    liveDocuments.warmUp(ticket.documentName);
    if (documentKind === 'explanatoryStatement') await openExplanatoryStatement({ database, liveDocuments, standard: requireStandard(database, standardId), timeZone: bodyTimeZone });
    const body: CollaborationTicketResponse = {
      token: ticket.token,
      documentName: ticket.documentName,
      readOnly: access === 'read',
      expiresAt: ticket.expiresAt.toISOString(),
    };
    return context.json(body, 200);
  });
}
