import { checkpointFormat, checkpointFormatWithoutStandardHeads, type SignedCheckpoint } from '../../shared/api/ledger';
import type { Database } from '../db/client';
import { findLatestLedgerCheckpointRow, insertLedgerCheckpointRow, type LedgerCheckpointRow } from '../db/repos/ledger-checkpoints';
import { findLastLedgerRecordRow, readLedgerRecordRowsAfter } from '../db/repos/ledger-records';
import { DomainError } from '../errors';
import { checkpointSignatureIsValid, signCheckpoint } from './checkpoint-signature';
import { joinHashes, splitHashes } from './hash-list';
import { MerkleFrontier, merkleLeafHash } from './merkle-tree';
import type { LedgerSigningKey } from './signing-key';
import { readStandardHeads } from './standard-heads';
import { writeTransaction } from '../db/transactions';

const pageSize = 2000;

export function checkpointOfRow(row: LedgerCheckpointRow): SignedCheckpoint {
  return {
    format: row.standardHeadsRoot === null ? checkpointFormatWithoutStandardHeads : checkpointFormat,
    treeSize: row.treeSize,
    rootHash: row.rootHash,
    timestamp: row.timestamp,
    ...(row.standardHeadsRoot === null ? {} : { standardHeadsRoot: row.standardHeadsRoot, standardCount: row.standardCount ?? 0 }),
    publicKey: row.publicKey,
    signature: row.signature,
    checkpointHash: row.checkpointHash,
  };
}

/** The stored right edge of a checkpoint's tree, when this server signed it and it still adds up to the signed root. */
function trustedFrontierOf(row: LedgerCheckpointRow, key: LedgerSigningKey): MerkleFrontier | null {
  if (!checkpointSignatureIsValid(checkpointOfRow(row), key.publicKey)) return null;
  const subtrees = splitHashes(row.frontier);
  if (subtrees === null) return null;
  try {
    const frontier = new MerkleFrontier(subtrees, row.treeSize);
    return frontier.root().toString('hex') === row.rootHash ? frontier : null;
  } catch {
    return null;
  }
}

function damaged(message: string): DomainError {
  return new DomainError('ledger_damaged', `${message} Run \`npm run ledger:verify\` on the server to find what changed.`);
}

/**
 * The newest signed checkpoint, signing a new one first when records were appended since. The new checkpoint extends
 * the previous one's stored tree edge when that is still sound, and is rebuilt from every record otherwise.
 */
export function latestSignedCheckpoint(database: Database, key: LedgerSigningKey, now: Date): SignedCheckpoint {
  return writeTransaction(database, (transaction) => {
    const latest = findLatestLedgerCheckpointRow(transaction);
    const lastSequence = findLastLedgerRecordRow(transaction)?.sequence ?? 0;
    if (latest && latest.treeSize === lastSequence) return checkpointOfRow(latest);
    if (latest && latest.treeSize > lastSequence) throw damaged(`A checkpoint covers ${latest.treeSize} records but the log ends at ${lastSequence}.`);

    const frontier = (latest && trustedFrontierOf(latest, key)) ?? new MerkleFrontier();
    const previousTreeSize = latest?.treeSize ?? 0;
    const newLeafHashes: Buffer[] = [];
    while (frontier.size < lastSequence) {
      const rows = readLedgerRecordRowsAfter(transaction, frontier.size, pageSize);
      if (rows.length === 0) throw damaged(`The log has no record ${frontier.size + 1}.`);
      for (const row of rows) {
        if (row.sequence !== frontier.size + 1) throw damaged(`The log has no record ${frontier.size + 1}.`);
        const leafHash = merkleLeafHash(row.canonical);
        frontier.append(leafHash);
        if (row.sequence > previousTreeSize) newLeafHashes.push(leafHash);
      }
    }

    const heads = readStandardHeads(transaction, frontier.size);
    const checkpoint = signCheckpoint(key, {
      treeSize: frontier.size,
      rootHash: frontier.root().toString('hex'),
      timestamp: now.toISOString(),
      standardHeadsRoot: heads.rootHash,
      standardCount: heads.heads.length,
    });
    insertLedgerCheckpointRow(transaction, {
      treeSize: checkpoint.treeSize,
      previousTreeSize,
      rootHash: checkpoint.rootHash,
      timestamp: checkpoint.timestamp,
      publicKey: checkpoint.publicKey,
      signature: checkpoint.signature,
      checkpointHash: checkpoint.checkpointHash,
      standardHeadsRoot: heads.rootHash,
      standardCount: heads.heads.length,
      newLeafHashes: joinHashes(newLeafHashes),
      frontier: joinHashes([...frontier.subtrees]),
    });
    return checkpoint;
  });
}
