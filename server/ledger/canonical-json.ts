import canonicalize from 'canonicalize';

/**
 * The RFC 8785 (JCS) text of a JSON value: members sorted by UTF-16 code units, ECMAScript number serialisation, minimal
 * string escaping, no whitespace. Throws for what JSON cannot carry exactly (NaN, Infinity, lone surrogates, cycles).
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('This value has no JSON representation.');
  return text;
}
