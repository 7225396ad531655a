import { hash, verify } from '@node-rs/argon2';

// The package declares Algorithm as an ambient const enum, which isolated modules cannot read; 2 is Argon2id.
const argon2id = 2;

const argon2idOptions = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2idOptions);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password, argon2idOptions);
}

let decoyHash: Promise<string> | null = null;

/** Spends the same time as a real check, so an unknown username cannot be told apart by timing. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that nobody has');
  await verifyPassword(await decoyHash, password);
  return false;
}
