import type { Database } from '../db/client';
import { findUserById } from '../db/repos/users';
import { appendLedgerRecord } from '../ledger/append-ledger-record';
import type { LedgerEvent } from '../ledger/ledger-record';

/**
 * Appends the event to the record log as done by `actorId` (null for what the server does on its own). Call it inside
 * the transaction that makes the change, so the change and its record commit together.
 */
export function recordInLedger(transaction: Database, actorId: string | null, event: Omit<LedgerEvent, 'actor'>, now: Date): void {
  const user = actorId === null ? undefined : findUserById(transaction, actorId);
  if (actorId !== null && !user) throw new Error(`The record log needs a known actor; ${actorId} is not a user.`);
  appendLedgerRecord(transaction, { ...event, actor: user ? { userId: user.id, username: user.username } : null }, now);
}
