import type { LedgerExport, PublicCheckpointLookup, PublicExportVerification } from '../../shared/api/ledger';
import type { Database } from '../db/client';
import { findLedgerCheckpointRowByHash } from '../db/repos/ledger-checkpoints';
import { checkpointSignatureIsValid } from '../ledger/checkpoint-signature';
import { checkpointOfRow } from '../ledger/latest-checkpoint';
import type { LedgerSigningKey } from '../ledger/signing-key';
import { verifyLedgerExport } from '../ledger/verify-ledger-export';

/** Whether this site signed the checkpoint with this hash: stored here and its signature holds for this site's key. */
export function lookUpCheckpoint(database: Database, key: LedgerSigningKey, checkpointHash: string): PublicCheckpointLookup {
  const row = findLedgerCheckpointRowByHash(database, checkpointHash);
  if (!row || !checkpointSignatureIsValid(checkpointOfRow(row), key.publicKey)) return { signed: false, checkpoint: null };
  return { signed: true, checkpoint: { checkpointHash: row.checkpointHash, treeSize: row.treeSize, timestamp: row.timestamp } };
}

/** Checks an uploaded export with this site's key; says what it proves or the first problem, never what records say. */
export function verifyExportPublicly(database: Database, key: LedgerSigningKey, exported: LedgerExport): PublicExportVerification {
  const result = verifyLedgerExport(exported, key.publicKey);
  const checkpoint = result.export?.checkpoint ?? null;
  const scope = result.export?.scope ?? null;
  return {
    ok: result.ok,
    proves: result.proves,
    records: result.records,
    checkpointKnown: checkpoint !== null && lookUpCheckpoint(database, key, checkpoint.checkpointHash).signed,
    checkpoint: checkpoint && { checkpointHash: checkpoint.checkpointHash, treeSize: checkpoint.treeSize, timestamp: checkpoint.timestamp },
    scope: scope && (scope.kind === 'standard' ? { kind: 'standard', standardId: scope.standardId } : { kind: 'all' }),
    ...(result.problem ? { problem: result.problem } : {}),
  };
}
