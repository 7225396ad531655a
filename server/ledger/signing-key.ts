import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { publicKeyToBase64, publicKeyToPem } from './public-key';

/** The server's Ed25519 key for checkpoints. It lives in its own file, outside the database it vouches for. */
export interface LedgerSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The raw 32-byte public key, base64. */
  publicKeyBase64: string;
  publicKeyPem: string;
}

function signingKeyFromPrivateKey(privateKey: KeyObject, path: string): LedgerSigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${path} holds a ${privateKey.asymmetricKeyType ?? 'unknown'} key; the record log signs with Ed25519.`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyBase64: publicKeyToBase64(publicKey), publicKeyPem: publicKeyToPem(publicKey) };
}

function isErrorWithCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

/** Reads the key at `path`, or creates it there (mode 0600) at first start. */
export function loadOrCreateLedgerSigningKey(path: string): LedgerSigningKey {
  try {
    return signingKeyFromPrivateKey(createPrivateKey(readFileSync(path, 'utf8')), path);
  } catch (error) {
    if (!isErrorWithCode(error, 'ENOENT')) throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  try {
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it first: use theirs, so that one key signs everything.
    if (isErrorWithCode(error, 'EEXIST')) return loadOrCreateLedgerSigningKey(path);
    throw error;
  }
  return signingKeyFromPrivateKey(privateKey, path);
}

/** The public half of an existing key file, or null when there is none (for tools that only verify). */
export function readLedgerPublicKey(path: string): KeyObject | null {
  try {
    return createPublicKey(createPrivateKey(readFileSync(path, 'utf8')));
  } catch (error) {
    if (isErrorWithCode(error, 'ENOENT')) return null;
    throw error;
  }
}
