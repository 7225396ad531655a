import { describe, expect, it } from 'vitest';
import { MerkleFrontier, MerkleTree, emptyTreeHash, merkleLeafHash, merkleNodeHash, merkleTreeHash, verifyInclusionProof } from '../../../server/ledger/merkle-tree';

// The RFC 6962 reference leaves and roots used by Certificate Transparency (transparency-dev/merkle proof/verify_test.go).
const referenceEntries = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) => Buffer.from(hex, 'hex'));
const referenceRoots = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
// {leaf (1-based), tree size, audit path} from the same test data.
const referenceInclusionProofs: Array<{ leaf: number; size: number; proof: string[] }> = [
  { leaf: 1, size: 1, proof: [] },
  {
    leaf: 1,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    leaf: 6,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { leaf: 3, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    leaf: 2,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

const referenceLeaves = referenceEntries.map((entry) => merkleLeafHash(entry));

/** RFC 6962 §2.1 written out literally, to check the level-by-level tree against the definition on other sizes. */
function definitionalRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return emptyTreeHash;
  if (leaves.length === 1) return leaves[0] as Buffer;
  let split = 1;
  while (split * 2 < leaves.length) split *= 2;
  return merkleNodeHash(definitionalRoot(leaves.slice(0, split)), definitionalRoot(leaves.slice(split)));
}

describe('Merkle tree (RFC 6962)', () => {
  it('gives the published roots for the 0 to 8 reference leaves, as a whole tree and as a growing frontier', () => {
    const frontier = new MerkleFrontier();
    expect(frontier.root().toString('hex')).toBe(referenceRoots[0]);
    for (let size = 1; size <= referenceLeaves.length; size += 1) {
      expect(merkleTreeHash(referenceLeaves.slice(0, size)).toString('hex'), `size ${size}`).toBe(referenceRoots[size]);
      frontier.append(referenceLeaves[size - 1] as Buffer);
      expect(frontier.root().toString('hex'), `frontier size ${size}`).toBe(referenceRoots[size]);
    }
  });

  it('builds and verifies the published inclusion proofs', () => {
    for (const { leaf, size, proof } of referenceInclusionProofs) {
      const tree = new MerkleTree(referenceLeaves.slice(0, size));
      expect(tree.inclusionProof(leaf - 1).map((hash) => hash.toString('hex')), `leaf ${leaf} of ${size}`).toEqual(proof);
      const root = Buffer.from(referenceRoots[size] as string, 'hex');
      const proofHashes = proof.map((hash) => Buffer.from(hash, 'hex'));
      expect(verifyInclusionProof(referenceLeaves[leaf - 1] as Buffer, leaf - 1, size, proofHashes, root)).toBe(true);
      expect(verifyInclusionProof(referenceLeaves[leaf - 1] as Buffer, leaf, size, proofHashes, root)).toBe(false);
      expect(verifyInclusionProof(referenceLeaves[leaf - 1] as Buffer, leaf - 1, size * 2, proofHashes, root)).toBe(false);
      expect(verifyInclusionProof(Buffer.from('wrong leaf'), leaf - 1, size, proofHashes, root)).toBe(false);
      expect(verifyInclusionProof(referenceLeaves[leaf - 1] as Buffer, leaf - 1, size, [...proofHashes, root], root)).toBe(false);
    }
  });

  it('agrees with the recursive definition, and every inclusion proof verifies, for every size up to 70', () => {
    const leaves = Array.from({ length: 70 }, (_, index) => merkleLeafHash(`record ${index}`));
    const frontier = new MerkleFrontier();
    for (let size = 1; size <= leaves.length; size += 1) {
      const prefix = leaves.slice(0, size);
      const tree = new MerkleTree(prefix);
      frontier.append(leaves[size - 1] as Buffer);
      expect(tree.root().equals(definitionalRoot(prefix)), `size ${size}`).toBe(true);
      expect(frontier.root().equals(tree.root()), `frontier size ${size}`).toBe(true);
      expect(new MerkleFrontier(frontier.subtrees, size).root().equals(tree.root())).toBe(true);
      for (let index = 0; index < size; index += 1) {
        expect(verifyInclusionProof(prefix[index] as Buffer, index, size, tree.inclusionProof(index), tree.root()), `leaf ${index} of ${size}`).toBe(true);
      }
    }
  });
});
