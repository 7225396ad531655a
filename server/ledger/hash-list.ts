const hashLength = 32;

/** Hashes stored back to back in one blob. */
export function joinHashes(hashes: readonly Buffer[]): Buffer {
  return Buffer.concat(hashes);
}

export function splitHashes(blob: Uint8Array): Buffer[] | null {
  if (blob.length % hashLength !== 0) return null;
  const hashes: Buffer[] = [];
  for (let offset = 0; offset < blob.length; offset += hashLength) hashes.push(Buffer.from(blob.subarray(offset, offset + hashLength)));
  return hashes;
}
