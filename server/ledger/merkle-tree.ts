import { createHash } from 'node:crypto';
import { sha256 } from './sha256';

/** RFC 6962 §2.1 hashing: leaves and interior nodes get different one-byte prefixes, so neither can pose as the other. */
const leafPrefix = Buffer.from([0x00]);
const nodePrefix = Buffer.from([0x01]);

export const emptyTreeHash: Buffer = sha256(new Uint8Array());

export function merkleLeafHash(entry: string | Uint8Array): Buffer {
  return createHash('sha256').update(leafPrefix).update(entry).digest();
}

export function merkleNodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(nodePrefix).update(left).update(right).digest();
}

/**
 * A whole tree kept level by level, bottom up. Pairing neighbours and lifting an unpaired last node unchanged gives
 * exactly the RFC's split at the largest power of two below n, without recursion.
 */
export class MerkleTree {
  private readonly levels: Buffer[][];

  constructor(leafHashes: readonly Buffer[]) {
    this.levels = [leafHashes.slice()];
    let current = this.levels[0] ?? [];
    while (current.length > 1) {
      const next: Buffer[] = [];
      for (let index = 0; index < current.length; index += 2) {
        const left = current[index] as Buffer;
        const right = current[index + 1];
        next.push(right === undefined ? left : merkleNodeHash(left, right));
      }
      this.levels.push(next);
      current = next;
    }
  }

  get size(): number {
    return this.levels[0]?.length ?? 0;
  }

  /** MTH(D[n]) of RFC 6962 §2.1. */
  root(): Buffer {
    return this.size === 0 ? emptyTreeHash : (this.levels.at(-1)?.[0] as Buffer);
  }

  /** PATH(m, D[n]) of RFC 6962 §2.1.1: the sibling hashes from the leaf at `index` up to the root. */
  inclusionProof(index: number): Buffer[] {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new RangeError(`No leaf ${index} in a tree of ${this.size}.`);
    const proof: Buffer[] = [];
    let position = index;
    for (const level of this.levels.slice(0, -1)) {
      const sibling = level[position ^ 1];
      if (sibling !== undefined) proof.push(sibling);
      position = Math.floor(position / 2);
    }
    return proof;
  }
}

export function merkleTreeHash(leafHashes: readonly Buffer[]): Buffer {
  return new MerkleTree(leafHashes).root();
}

/** Verifies an inclusion proof the way RFC 9162 §2.1.3.2 describes; true when it leads from the leaf to `root`. */
export function verifyInclusionProof(leafHash: Uint8Array, index: number, treeSize: number, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(treeSize) || index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let result: Buffer = Buffer.from(leafHash);
  for (const sibling of proof) {
    if (sibling.length !== 32 || sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      result = merkleNodeHash(sibling, result);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      result = merkleNodeHash(result, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && result.equals(Buffer.from(root));
}

/**
 * The right edge of a growing tree: the roots of its perfect subtrees, largest first. Appending a leaf and reading the
 * root both take O(log n), so the roots of every prefix of a long log can be computed in one pass.
 */
export class MerkleFrontier {
  private readonly subtreeRoots: Buffer[];
  private leafCount: number;

  constructor(subtreeRoots: readonly Buffer[] = [], size = 0) {
    if (subtreeRoots.length !== popCount(size)) throw new Error(`A tree of ${size} leaves has ${popCount(size)} perfect subtrees, not ${subtreeRoots.length}.`);
    this.subtreeRoots = subtreeRoots.slice();
    this.leafCount = size;
  }

  get size(): number {
    return this.leafCount;
  }

  get subtrees(): readonly Buffer[] {
    return this.subtreeRoots;
  }

  append(leafHash: Buffer): void {
    let hash = leafHash;
    let remaining = this.leafCount;
    while (remaining % 2 === 1) {
      hash = merkleNodeHash(this.subtreeRoots.pop() as Buffer, hash);
      remaining = Math.floor(remaining / 2);
    }
    this.subtreeRoots.push(hash);
    this.leafCount += 1;
  }

  root(): Buffer {
    let accumulated = this.subtreeRoots.at(-1);
    if (accumulated === undefined) return emptyTreeHash;
    for (let index = this.subtreeRoots.length - 2; index >= 0; index -= 1) accumulated = merkleNodeHash(this.subtreeRoots[index] as Buffer, accumulated);
    return accumulated;
  }
}

function popCount(value: number): number {
  let count = 0;
  for (let remaining = value; remaining > 0; remaining = Math.floor(remaining / 2)) count += remaining % 2;
  return count;
}
