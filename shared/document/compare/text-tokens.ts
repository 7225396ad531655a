import type { OwnText } from './own-text';

/** One unit of a text diff: a Latin word or number, a run of spaces, one other character, or one cross-reference. */
export interface TextToken {
  text: string;
  referenceTarget: string | null;
}

/**
 * Chinese has no spaces, so every Han character and punctuation mark is a token of its own; Latin, Greek and
 * Cyrillic words and numbers stay whole, so "10 mm" → "12 mm" reads as one replaced number, not a digit soup.
 */
const tokenPattern = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]+|[^\S\n]+|[\s\S]/gu;

const lineBreak: TextToken = { text: '\n', referenceTarget: null };

export function textTokensOf(text: OwnText): TextToken[] {
  const tokens: TextToken[] = [];
  text.lines.forEach((line, lineIndex) => {
    if (lineIndex > 0) tokens.push(lineBreak);
    for (const piece of line) {
      if (piece.referenceTarget !== null) tokens.push({ text: piece.text, referenceTarget: piece.referenceTarget });
      else for (const match of piece.text.matchAll(tokenPattern)) tokens.push({ text: match[0], referenceTarget: null });
    }
  });
  return tokens;
}

/** Cross-references are the same when they point at the same target, whatever number they show. */
export function sameToken(left: TextToken, right: TextToken): boolean {
  if (left.referenceTarget !== null || right.referenceTarget !== null) return left.referenceTarget === right.referenceTarget;
  return left.text === right.text;
}
