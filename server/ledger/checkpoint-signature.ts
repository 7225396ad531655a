import { sign, verify, type KeyObject } from 'node:crypto';
import { checkpointFormat, type SignedCheckpoint } from '../../shared/api/ledger';
import { canonicalJson } from './canonical-json';
import { publicKeyToBase64 } from './public-key';
import { sha256Hex } from './sha256';
import type { LedgerSigningKey } from './signing-key';

export interface CheckpointContent {
  treeSize: number;
  rootHash: string;
  timestamp: string;
}

/** The exact bytes that are signed: RFC 8785 text of the checkpoint without its signature. */
function checkpointBody(content: CheckpointContent, publicKey: string): string {
  return canonicalJson({ format: checkpointFormat, publicKey, rootHash: content.rootHash, timestamp: content.timestamp, treeSize: content.treeSize });
}

export function signCheckpoint(key: LedgerSigningKey, content: CheckpointContent): SignedCheckpoint {
  const body = checkpointBody(content, key.publicKeyBase64);
  return {
    format: checkpointFormat,
    treeSize: content.treeSize,
    rootHash: content.rootHash,
    timestamp: content.timestamp,
    publicKey: key.publicKeyBase64,
    signature: sign(null, Buffer.from(body, 'utf8'), key.privateKey).toString('base64'),
    checkpointHash: sha256Hex(body),
  };
}

/** True when `publicKey` signed exactly this checkpoint and its hash is the hash of what was signed. */
export function checkpointSignatureIsValid(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
  if (publicKeyToBase64(publicKey) !== checkpoint.publicKey) return false;
  const body = checkpointBody(checkpoint, checkpoint.publicKey);
  if (sha256Hex(body) !== checkpoint.checkpointHash) return false;
  const signature = Buffer.from(checkpoint.signature, 'base64');
  if (signature.length !== 64) return false;
  return verify(null, Buffer.from(body, 'utf8'), publicKey, signature);
}
