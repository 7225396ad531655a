import { sign, verify, type KeyObject } from 'node:crypto';
import { checkpointFormat, checkpointFormatWithoutStandardHeads, type SignedCheckpoint } from '../../shared/api/ledger';
import { canonicalJson } from './canonical-json';
import { publicKeyToBase64 } from './public-key';
import { sha256Hex } from './sha256';
import type { LedgerSigningKey } from './signing-key';

export interface CheckpointContent {
  treeSize: number;
  rootHash: string;
  timestamp: string;
  /** Root of the standards' heads tree (see signedCheckpointSchema) and its size. */
  standardHeadsRoot: string;
  standardCount: number;
}

type SignedContent = Pick<SignedCheckpoint, 'format' | 'treeSize' | 'rootHash' | 'timestamp' | 'standardHeadsRoot' | 'standardCount'>;

/**
 * The exact bytes that are signed: RFC 8785 text of the checkpoint without its signature. A v2 checkpoint also signs
 * the standards' heads; a v1 one (signed before them) signs only the tree. Null when the content does not fit its format.
 */
function checkpointBody(content: SignedContent, publicKey: string): string | null {
  const tree = { publicKey, rootHash: content.rootHash, timestamp: content.timestamp, treeSize: content.treeSize };
  if (content.format === checkpointFormatWithoutStandardHeads) {
    return content.standardHeadsRoot === undefined && content.standardCount === undefined ? canonicalJson({ format: content.format, ...tree }) : null;
  }
  if (content.standardHeadsRoot === undefined || content.standardCount === undefined) return null;
  return canonicalJson({ format: content.format, ...tree, standardCount: content.standardCount, standardHeadsRoot: content.standardHeadsRoot });
}

export function signCheckpoint(key: LedgerSigningKey, content: CheckpointContent): SignedCheckpoint {
  const signed: SignedContent = { format: checkpointFormat, ...content };
  const body = checkpointBody(signed, key.publicKeyBase64) as string;
  return {
    format: checkpointFormat,
    treeSize: content.treeSize,
    rootHash: content.rootHash,
    timestamp: content.timestamp,
    standardHeadsRoot: content.standardHeadsRoot,
    standardCount: content.standardCount,
    publicKey: key.publicKeyBase64,
    signature: sign(null, Buffer.from(body, 'utf8'), key.privateKey).toString('base64'),
    checkpointHash: sha256Hex(body),
  };
}

/** True when `publicKey` signed exactly this checkpoint and its hash is the hash of what was signed. */
export function checkpointSignatureIsValid(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
  if (publicKeyToBase64(publicKey) !== checkpoint.publicKey) return false;
  const body = checkpointBody(checkpoint, checkpoint.publicKey);
  if (body === null || sha256Hex(body) !== checkpoint.checkpointHash) return false;
  const signature = Buffer.from(checkpoint.signature, 'base64');
  if (signature.length !== 64) return false;
  return verify(null, Buffer.from(body, 'utf8'), publicKey, signature);
}
