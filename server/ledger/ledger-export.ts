import { ledgerExportFormat, type LedgerExport } from '../../shared/api/ledger';
import type { Database } from '../db/client';
import { latestSignedCheckpoint } from './latest-checkpoint';
import { MerkleTree, merkleLeafHash } from './merkle-tree';
import { listLedgerRecords, listLedgerRecordsOfStandard } from './read-ledger-records';
import type { LedgerSigningKey } from './signing-key';
import { readStandardHeads } from './standard-heads';
import { writeTransaction } from '../db/transactions';

/**
 * The newest signed checkpoint and every record behind it, in order: enough to check the whole log offline with
 * `npm run ledger:verify-export` and the public key. Its `checkpoint.checkpointHash` is what exported tables print.
 */
export function buildLedgerExport(database: Database, key: LedgerSigningKey, now: Date): LedgerExport {
  return writeTransaction(database, (transaction) => {
    const checkpoint = latestSignedCheckpoint(transaction, key, now);
    return {
      format: ledgerExportFormat,
      exportedAt: now.toISOString(),
      scope: { kind: 'all' },
      checkpoint,
      records: listLedgerRecords(transaction, checkpoint.treeSize).map(({ canonical }) => ({ canonical })),
    };
  });
}

/**
 * The newest signed checkpoint and one standard's records, each with its RFC 6962 inclusion proof, so the standard's
 * members can check them offline without seeing other standards' records; and the standard's head as the checkpoint
 * signed it (count and last hash, with its proof in the heads tree), so they can see that none was left out.
 */
function standardHeadOf(database: Database, standardId: string, treeSize: number): Pick<LedgerExport, 'standardHead'> {
  const found = readStandardHeads(database, treeSize).headOf(standardId);
  if (!found) return {};
  return { standardHead: { count: found.head.count, lastHash: found.head.lastHash, leafIndex: found.leafIndex, inclusionProof: found.inclusionProof } };
}

export function buildStandardLedgerExport(database: Database, key: LedgerSigningKey, standardId: string, now: Date): LedgerExport {
  return writeTransaction(database, (transaction) => {
    const checkpoint = latestSignedCheckpoint(transaction, key, now);
    const tree = new MerkleTree(listLedgerRecords(transaction, checkpoint.treeSize).map(({ canonical }) => merkleLeafHash(canonical)));
    return {
      format: ledgerExportFormat,
      exportedAt: now.toISOString(),
      scope: { kind: 'standard', standardId },
      checkpoint,
      records: listLedgerRecordsOfStandard(transaction, standardId, checkpoint.treeSize).map(({ record, canonical }) => ({
        canonical,
        inclusionProof: tree.inclusionProof(record.sequence - 1).map((hash) => hash.toString('hex')),
      })),
      ...standardHeadOf(transaction, standardId, checkpoint.treeSize),
    };
  });
}
