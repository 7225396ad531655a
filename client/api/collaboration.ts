import type { CollaborationTicketResponse } from '../../shared/api/collab';
import type { DocumentKind } from '../../shared/collab/document-name';
import { endpoints } from '../../shared/api/contract';
import { callEndpoint } from './call-endpoint';

/** Tickets are single-use: ask for a new one for every websocket connection. */
export function requestCollaborationTicket(standardId: string, documentKind: DocumentKind = 'draft'): Promise<CollaborationTicketResponse> {
  return callEndpoint(endpoints.collaborationTicket, { body: { standardId, documentKind } });
}
