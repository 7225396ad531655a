import type { CollaborationTicketResponse } from '../../shared/api/collab';
import type { DocumentKind } from '../../shared/collab/document-name';
import { requestCollaborationTicket } from '../api/collaboration';
import type { TicketFailure } from './connection-problem';
import { ticketFailureFor } from './connection-problem';

// Below this margin the first ticket may expire in transit, so a fresh one is requested instead.
const minimumRemainingLifetimeInMilliseconds = 5_000;

export interface TicketSource {
  /** The provider's `token` option: a fresh single-use ticket for every websocket connection. */
  token: () => Promise<string>;
  /** Why the latest ticket request failed, or null when it succeeded. */
  lastFailure: () => TicketFailure | null;
}

interface TicketSourceOptions {
  standardId: string;
  documentKind: DocumentKind;
  /** The ticket fetched to learn the document name; it is spent on the first connection. */
  firstTicket: CollaborationTicketResponse;
  onTicket: (ticket: CollaborationTicketResponse) => void;
}

function isStillFresh(ticket: CollaborationTicketResponse): boolean {
  const expiresAt = Date.parse(ticket.expiresAt);
  return Number.isNaN(expiresAt) || expiresAt - Date.now() > minimumRemainingLifetimeInMilliseconds;
}

export function createTicketSource(options: TicketSourceOptions): TicketSource {
  let unusedTicket: CollaborationTicketResponse | null = options.firstTicket;
  let lastFailure: TicketFailure | null = null;

  async function token(): Promise<string> {
    const saved = unusedTicket;
    unusedTicket = null;
    lastFailure = null;
    if (saved && isStillFresh(saved)) return saved.token;
    try {
      const ticket = await requestCollaborationTicket(options.standardId, options.documentKind);
      options.onTicket(ticket);
      return ticket.token;
    } catch (error) {
      lastFailure = ticketFailureFor(error);
      throw error;
    }
  }

  return { token, lastFailure: () => lastFailure };
}
