import type { LedgerProblem, LedgerRecord } from '../../shared/api/ledger';
import { genesisHash } from './ledger-record';
import { StandardHeadsTree } from './standard-heads';

/**
 * Follows every standard's own chain while the log is read in order: each record must be its standard's next one
 * (standardSequence one more than the last) and link to its hash. What it has seen is each standard's head.
 */
export class StandardChains {
  private readonly heads = new Map<string, { count: number; lastHash: string }>();

  follow(record: Pick<LedgerRecord, 'sequence' | 'standardId' | 'standardSequence' | 'previousStandardHash'>, hash: string): LedgerProblem | null {
    const head = this.heads.get(record.standardId) ?? { count: 0, lastHash: genesisHash };
    if (record.standardSequence !== head.count + 1 || record.previousStandardHash !== head.lastHash) {
      return {
        code: 'chain_broken',
        sequence: record.sequence,
        message: `Record ${record.sequence} does not follow the previous record of standard ${record.standardId}: it says it is that standard's record ${record.standardSequence} after the one with hash ${record.previousStandardHash.slice(0, 12)}…, but the standard's record ${head.count} comes before it.`,
      };
    }
    this.heads.set(record.standardId, { count: head.count + 1, lastHash: hash });
    return null;
  }

  headsRootHash(): string {
    return new StandardHeadsTree([...this.heads].map(([standardId, head]) => ({ standardId, ...head }))).rootHash;
  }
}
