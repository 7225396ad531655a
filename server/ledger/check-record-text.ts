import { ledgerRecordSchema, type LedgerProblem, type LedgerRecord } from '../../shared/api/ledger';
import { canonicalJson } from './canonical-json';
import { hashOfCanonicalRecord } from './ledger-record';

export type RecordTextCheck = { ok: true; record: LedgerRecord; hash: string } | { ok: false; problem: LedgerProblem };

function problem(code: LedgerProblem['code'], sequence: number, message: string): RecordTextCheck {
  return { ok: false, problem: { code, sequence, message } };
}

/**
 * Checks the text found at `position` of the log: valid JSON, exactly its own RFC 8785 form, a well-formed record that
 * carries this position's sequence number, and (when `previousHash` is known) linked to the record before it.
 */
export function checkRecordText(canonical: string, position: number, previousHash: string | null): RecordTextCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(canonical);
  } catch {
    return problem('record_changed', position, `Record ${position} is no longer valid JSON: its text was changed.`);
  }
  let recanonicalised: string;
  try {
    recanonicalised = canonicalJson(parsed);
  } catch {
    return problem('record_changed', position, `Record ${position} holds a value JSON cannot carry exactly: its text was changed.`);
  }
  if (recanonicalised !== canonical) return problem('record_not_canonical', position, `Record ${position} is not in its canonical (RFC 8785) form: its text was changed.`);
  const record = ledgerRecordSchema.safeParse(parsed);
  if (!record.success) return problem('record_malformed', position, `Record ${position} is not a well-formed record: ${record.error.issues[0]?.message ?? 'unknown problem'}.`);
  if (record.data.sequence !== position) {
    return problem('record_reordered', position, `Position ${position} holds record ${record.data.sequence}: records were moved, removed or inserted.`);
  }
  if (previousHash !== null && record.data.previousHash !== previousHash) {
    return problem('chain_broken', position, `Record ${position} does not follow record ${position - 1}: its previousHash is not the hash of record ${position - 1}, so one of the two was changed.`);
  }
  return { ok: true, record: record.data, hash: hashOfCanonicalRecord(canonical) };
}
