import type { LedgerRecord, LedgerRecordKind } from '../../shared/api/ledger';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

/** `previousHash` of record 1. */
export const genesisHash = '0'.repeat(64);

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface LedgerActor {
  userId: string;
  username: string;
}

/** What a command records; the log adds the sequence number, the time and the link to the previous record. */
export interface LedgerEvent {
  kind: LedgerRecordKind;
  /** The authenticated user; null only for what the server does on its own (a period reaching its end). */
  actor: LedgerActor | null;
  standardId: string;
  /** The comment, reply, disposition, period or vote the event is about. */
  subjectId: string;
  payload: { readonly [key: string]: JsonValue };
}

export interface StoredLedgerRecord {
  record: LedgerRecord;
  /** The RFC 8785 text that is hashed and stored byte for byte. */
  canonical: string;
  /** SHA-256 hex of `canonical`; the next record's `previousHash`. */
  hash: string;
}

export function hashOfCanonicalRecord(canonical: string): string {
  return sha256Hex(canonical);
}

/** Where the new record sits among its own standard's records: its number there and the hash of the one before. */
export interface StandardLink {
  standardSequence: number;
  previousStandardHash: string;
}

export const firstStandardLink: StandardLink = { standardSequence: 1, previousStandardHash: genesisHash };

/**
 * Builds the record that follows `previousHash` at `sequence` and `standardLink.previousStandardHash` among its
 * standard's records; the returned record is read back from its canonical text.
 */
export function composeLedgerRecord(event: LedgerEvent, sequence: number, previousHash: string, now: Date, standardLink: StandardLink = firstStandardLink): StoredLedgerRecord {
  const canonical = canonicalJson({
    sequence,
    timestamp: now.toISOString(),
    actor: event.actor === null ? null : { userId: event.actor.userId, username: event.actor.username },
    kind: event.kind,
    standardId: event.standardId,
    subjectId: event.subjectId,
    payload: event.payload,
    previousHash,
    standardSequence: standardLink.standardSequence,
    previousStandardHash: standardLink.previousStandardHash,
  });
  return { record: JSON.parse(canonical) as LedgerRecord, canonical, hash: hashOfCanonicalRecord(canonical) };
}
