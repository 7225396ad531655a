/** An exact share such as 2/3; thresholds are compared in integers, never in floating point. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export function fraction(numerator: number, denominator: number): Fraction {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator <= 0) {
    throw new RangeError(`not a fraction: ${numerator}/${denominator}`);
  }
  return { numerator, denominator };
}

/** The smallest whole count that is at least `share` of `base` (6 of 9 meets 2/3). */
export function smallestCountReaching(share: Fraction, base: number): number {
  return Math.floor((share.numerator * base + share.denominator - 1) / share.denominator);
}

/** count ≥ share × base, in integers. */
export function reaches(count: number, share: Fraction, base: number): boolean {
  return count * share.denominator >= share.numerator * base;
}

/** count ≤ share × base, in integers. */
export function staysWithin(count: number, share: Fraction, base: number): boolean {
  return count * share.denominator <= share.numerator * base;
}

/** count < share × base, in integers. */
export function staysBelow(count: number, share: Fraction, base: number): boolean {
  return count * share.denominator < share.numerator * base;
}

/** The largest whole count that stays within share × base. */
export function largestCountWithin(share: Fraction, base: number): number {
  return Math.floor((share.numerator * base) / share.denominator);
}

/** The largest whole count that stays strictly below share × base. */
export function largestCountBelow(share: Fraction, base: number): number {
  const product = share.numerator * base;
  return product % share.denominator === 0 ? product / share.denominator - 1 : Math.floor(product / share.denominator);
}

export function formatFraction(share: Fraction): string {
  return `${share.numerator}/${share.denominator}`;
}
