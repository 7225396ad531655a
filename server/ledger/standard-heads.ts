import { listStandardHeadRows } from '../db/repos/ledger-records';
import type { Database } from '../db/client';
import { canonicalJson } from './canonical-json';
import { MerkleTree, merkleLeafHash } from './merkle-tree';

/** How many records a standard has up to a checkpoint, and the hash of its last one. */
export interface StandardHead {
  standardId: string;
  count: number;
  lastHash: string;
}

export function standardHeadLeafHash(head: StandardHead): Buffer {
  return merkleLeafHash(canonicalJson({ count: head.count, lastHash: head.lastHash, standardId: head.standardId }));
}

/** The heads sorted by standard id (UTF-16 order, as RFC 8785 sorts), and their RFC 6962 tree. */
export class StandardHeadsTree {
  readonly heads: StandardHead[];
  private readonly tree: MerkleTree;

  constructor(heads: readonly StandardHead[]) {
    this.heads = [...heads].sort((left, right) => (left.standardId < right.standardId ? -1 : left.standardId > right.standardId ? 1 : 0));
    this.tree = new MerkleTree(this.heads.map(standardHeadLeafHash));
  }

  get rootHash(): string {
    return this.tree.root().toString('hex');
  }

  /** The head of one standard with its inclusion proof, or null when the standard has no record yet. */
  headOf(standardId: string): { head: StandardHead; leafIndex: number; inclusionProof: string[] } | null {
    const leafIndex = this.heads.findIndex((head) => head.standardId === standardId);
    const head = this.heads[leafIndex];
    if (head === undefined) return null;
    return { head, leafIndex, inclusionProof: this.tree.inclusionProof(leafIndex).map((hash) => hash.toString('hex')) };
  }
}

export function readStandardHeads(database: Database, throughSequence: number): StandardHeadsTree {
  return new StandardHeadsTree(listStandardHeadRows(database, throughSequence));
}
