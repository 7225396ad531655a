import type { LedgerVerification, SignedCheckpoint } from '../../../shared/api/ledger';
import type { LedgerVerificationResult } from '../../ledger/verify-ledger';

/** Counts, hashes and the first problem only: a verification never reveals what the records say. */
export function presentLedgerVerification(result: LedgerVerificationResult, publicKey: string, checkpoint: SignedCheckpoint | null): LedgerVerification {
  return {
    ok: result.ok,
    entries: result.entries,
    lastSequence: result.lastSequence,
    root: result.root,
    publicKey,
    checkpoint,
    ...(result.problem ? { problem: result.problem } : {}),
  };
}
