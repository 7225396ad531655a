import { createPublicKey, type KeyObject } from 'node:crypto';

const rawEd25519KeyLength = 32;
const spkiEd25519KeyLength = 44;

export function publicKeyToBase64(publicKey: KeyObject): string {
  const { x } = publicKey.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new Error('Not an Ed25519 public key.');
  return Buffer.from(x, 'base64url').toString('base64');
}

export function publicKeyToPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** Accepts an SPKI PEM block, or base64 of either the raw 32-byte key or its SPKI DER form. */
export function parseEd25519PublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  if (trimmed.includes('-----BEGIN')) {
    key = createPublicKey(trimmed);
  } else {
    const bytes = Buffer.from(trimmed, 'base64');
    if (bytes.toString('base64').replace(/=+$/, '') !== trimmed.replace(/=+$/, '')) throw new Error('The public key is neither a PEM block nor base64.');
    if (bytes.length === rawEd25519KeyLength) {
      key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: bytes.toString('base64url') }, format: 'jwk' });
    } else if (bytes.length === spkiEd25519KeyLength) {
      key = createPublicKey({ key: bytes, format: 'der', type: 'spki' });
    } else {
      throw new Error(`A base64 Ed25519 public key has ${rawEd25519KeyLength} bytes (raw) or ${spkiEd25519KeyLength} (SPKI); this one has ${bytes.length}.`);
    }
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`This is a ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519.`);
  return key;
}
