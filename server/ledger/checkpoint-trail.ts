import type { KeyObject } from 'node:crypto';
import type { LedgerProblem, SignedCheckpoint } from '../../shared/api/ledger';
import type { LedgerCheckpointRow } from '../db/repos/ledger-checkpoints';
import { checkpointSignatureIsValid } from './checkpoint-signature';
import { joinHashes, splitHashes } from './hash-list';
import { checkpointOfRow } from './latest-checkpoint';
import { MerkleFrontier } from './merkle-tree';
import { parseEd25519PublicKey, publicKeyToBase64 } from './public-key';

/** What the stored checkpoints vouch for, as far as they can be trusted. */
export interface CheckpointTrail {
  /** Leaf hashes of records 1..coveredSize, each vouched for by a signed root. */
  leafHashes: Buffer;
  coveredSize: number;
  /** The tree size the newest stored checkpoint claims, trusted or not: records below it cannot have vanished. */
  claimedSize: number;
  latest: SignedCheckpoint | null;
  publicKey: string | null;
  problem: LedgerProblem | null;
}

function keyFromBase64(publicKey: string): KeyObject | null {
  try {
    return parseEd25519PublicKey(publicKey);
  } catch {
    return null;
  }
}

/**
 * Checks every stored checkpoint in order: signed by the expected key (or, when none is given, by the key of the first),
 * none missing in between, and its stored leaf hashes adding up to its signed root. Stops at the first one that fails.
 */
export function followCheckpointTrail(rows: readonly LedgerCheckpointRow[], expectedKey: KeyObject | null): CheckpointTrail {
  const publicKey = expectedKey ? publicKeyToBase64(expectedKey) : (rows[0]?.publicKey ?? null);
  const key = expectedKey ?? (publicKey ? keyFromBase64(publicKey) : null);
  const frontier = new MerkleFrontier();
  const leafHashes: Buffer[] = [];
  const trail = (problem: LedgerProblem | null): CheckpointTrail => ({
    leafHashes: joinHashes(leafHashes),
    coveredSize: frontier.size,
    claimedSize: rows.at(-1)?.treeSize ?? 0,
    latest: rows.length > 0 ? checkpointOfRow(rows.at(-1) as LedgerCheckpointRow) : null,
    publicKey,
    problem,
  });

  for (const row of rows) {
    const checkpoint = checkpointOfRow(row);
    const firstNew = frontier.size + 1;
    if (row.publicKey !== publicKey || key === null) {
      return trail({ code: 'checkpoint_signed_by_another_key', sequence: row.treeSize, message: `The checkpoint over ${row.treeSize} records is signed by another key (${row.publicKey}), not this server's.` });
    }
    if (!checkpointSignatureIsValid(checkpoint, key)) {
      return trail({ code: 'checkpoint_signature_invalid', sequence: row.treeSize, message: `The signature of the checkpoint over ${row.treeSize} records does not match its content: the checkpoint was changed.` });
    }
    if (row.previousTreeSize !== frontier.size) {
      return trail({ code: 'checkpoint_removed', sequence: firstNew, message: `A checkpoint signed between record ${frontier.size} and record ${row.treeSize} was removed.` });
    }
    const newLeaves = splitHashes(row.newLeafHashes);
    if (newLeaves === null || newLeaves.length !== row.treeSize - row.previousTreeSize) {
      return trail({ code: 'checkpoint_altered', sequence: firstNew, message: `The leaf hashes kept with the checkpoint over ${row.treeSize} records were changed.` });
    }
    const before = leafHashes.length;
    for (const leaf of newLeaves) {
      frontier.append(leaf);
      leafHashes.push(leaf);
    }
    if (frontier.root().toString('hex') !== row.rootHash || !joinHashes([...frontier.subtrees]).equals(row.frontier)) {
      leafHashes.splice(before);
      return { ...trail({ code: 'checkpoint_altered', sequence: firstNew, message: `The leaf hashes kept with the checkpoint over ${row.treeSize} records no longer add up to its signed root.` }), coveredSize: before };
    }
  }
  return trail(null);
}
