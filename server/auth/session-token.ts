import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

export function generateRandomIdentifier(byteCount = 15): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(byteCount));
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function secretMatchesHash(secret: string, expectedHash: Buffer): boolean {
  const actualHash = hashSecret(secret);
  return actualHash.length === expectedHash.length && timingSafeEqual(actualHash, expectedHash);
}

/** A session token is `<id>.<secret>`: the id finds the row, the secret is compared against its stored hash. */
export function splitSessionToken(token: string): { sessionId: string; secret: string } | null {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0].length > 64 || parts[1].length > 64) return null;
  return { sessionId: parts[0], secret: parts[1] };
}
