import { isApiError } from '../api/api-error';
import { closeCodes } from '../../shared/collab/close-codes';

/** Something about the connection the person has to know about, and maybe act on. */
export type ConnectionProblem = 'signed-out' | 'forbidden' | 'rejected' | 'storage-failure' | 'malformed-update';

/** Why a ticket request failed; `transient` failures are retried without bothering the person. */
export type TicketFailure = 'signed-out' | 'forbidden' | 'transient';

const problemsThatStopReconnecting: ReadonlySet<ConnectionProblem> = new Set([
  'signed-out',
  'forbidden',
  'rejected',
  'malformed-update',
]);

export function stopsReconnecting(problem: ConnectionProblem | null): boolean {
  return problem !== null && problemsThatStopReconnecting.has(problem);
}

export function ticketFailureFor(error: unknown): TicketFailure {
  if (!isApiError(error)) return 'transient';
  if (error.status === 401) return 'signed-out';
  if (error.status === 403 || error.status === 404) return 'forbidden';
  return 'transient';
}

/** The server refused the ticket; its reason is one of the shared close reasons when it comes from our server. */
export function problemForRefusedTicket(reason: string): ConnectionProblem {
  return reason === closeCodes.forbidden.reason ? 'forbidden' : 'rejected';
}

interface CloseDescription {
  code: number;
  reason: string;
}

/**
 * Hocuspocus reports a closed websocket with its close code, but a closed document on a socket that stays
 * open only with its reason (and code 1000), so both are compared.
 * Returns null when reconnecting as usual is the right answer.
 */
export function problemForClose(event: CloseDescription): ConnectionProblem | null {
  const matches = (expected: CloseDescription) => event.code === expected.code || event.reason === expected.reason;
  if (matches(closeCodes.forbidden)) return 'forbidden';
  if (matches(closeCodes.storageFailure)) return 'storage-failure';
  if (matches(closeCodes.malformedUpdate)) return 'malformed-update';
  return null;
}
