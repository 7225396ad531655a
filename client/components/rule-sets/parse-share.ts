import type { Fraction } from '../../../shared/domain/review/fraction';

/** "2/3", "75%" or "1" as an exact share of at most 1; null when the text is none of these. */
export function parseShare(text: string): Fraction | null {
  const trimmed = text.trim().replace(/\s+/g, '').replace('／', '/').replace('％', '%');
  const fractionMatch = /^(\d{1,3})\/(\d{1,3})$/.exec(trimmed);
  if (fractionMatch) {
    const numerator = Number(fractionMatch[1]);
    const denominator = Number(fractionMatch[2]);
    return denominator > 0 && numerator <= denominator ? { numerator, denominator } : null;
  }
  const percentMatch = /^(\d{1,3})%$/.exec(trimmed);
  if (percentMatch) {
    const percent = Number(percentMatch[1]);
    return percent <= 100 ? { numerator: percent, denominator: 100 } : null;
  }
  if (trimmed === '1') return { numerator: 1, denominator: 1 };
  return null;
}
