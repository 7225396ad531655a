import type { CollaborationTicketResponse } from '../../shared/api/collab';
import { documentNameFor, type DocumentKind } from '../../shared/collab/document-name';
import { requestCollaborationTicket } from '../api/collaboration';

/** Below this margin a prefetched ticket might expire before its socket opens, so a fresh one is asked for. */
const minimumRemainingLifetimeInMilliseconds = 5_000;

const prefetched = new Map<string, Promise<CollaborationTicketResponse>>();

/**
 * Asks for the draft's first ticket as soon as the page for it is navigated to, while the editor's code is still
 * loading: the server starts loading the draft when it issues a ticket, so both happen at once.
 */
export function prefetchFirstTicket(standardId: string, documentKind: DocumentKind = 'draft'): void {
  const key = documentNameFor(documentKind, standardId);
  if (prefetched.has(key)) return;
  const request = requestCollaborationTicket(standardId, documentKind);
  // A failed prefetch is asked again, and reported, by the session that needs the ticket.
  request.catch(() => undefined);
  prefetched.set(key, request);
}

/** The prefetched ticket when it arrived and is still fresh, otherwise a new one. */
export async function takeFirstTicket(standardId: string, documentKind: DocumentKind = 'draft'): Promise<CollaborationTicketResponse> {
  const key = documentNameFor(documentKind, standardId);
  const request = prefetched.get(key);
  prefetched.delete(key);
  const ticket = request ? await request.catch(() => null) : null;
  if (ticket && Date.parse(ticket.expiresAt) - Date.now() > minimumRemainingLifetimeInMilliseconds) return ticket;
  return requestCollaborationTicket(standardId, documentKind);
}
