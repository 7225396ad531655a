import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface TextMatch {
  from: number;
  to: number;
}

export interface FindOptions {
  caseSensitive: boolean;
}

/** More matches than anyone can step through; the count then reads "10000+". */
export const maximumMatches = 10_000;

/** Case folding that keeps every character's length, so offsets in the folded text are offsets in the original. */
function foldCase(text: string): string {
  let folded = '';
  for (const character of text) {
    const lower = character.toLowerCase();
    folded += lower.length === character.length ? lower : character;
  }
  return folded;
}

/**
 * Every occurrence of the query in the document's text blocks, in document order. A match may run across marks
 * (bold, a cross-reference's neighbours) but never across two blocks; inline nodes that are not text break a match.
 */
export function findText(document: ProseMirrorNode, query: string, options: FindOptions): TextMatch[] {
  if (query === '') return [];
  const needle = options.caseSensitive ? query : foldCase(query);
  const matches: TextMatch[] = [];
  document.descendants((node, position) => {
    if (matches.length >= maximumMatches) return false;
    if (!node.isTextblock) return true;
    let text = '';
    const positions: number[] = [];
    node.forEach((child, offset) => {
      const start = position + 1 + offset;
      if (child.isText && child.text) {
        for (let index = 0; index < child.text.length; index += 1) positions.push(start + index);
        text += child.text;
      } else {
        positions.push(start);
        text += '\u0000';
      }
    });
    const haystack = options.caseSensitive ? text : foldCase(text);
    let at = haystack.indexOf(needle);
    while (at >= 0 && matches.length < maximumMatches) {
      const first = positions[at];
      const last = positions[at + needle.length - 1];
      if (first !== undefined && last !== undefined) matches.push({ from: first, to: last + 1 });
      at = haystack.indexOf(needle, at + needle.length);
    }
    return false;
  });
  return matches;
}

/** Whether the document still holds the query at this range (another person may have changed it meanwhile). */
export function stillMatches(document: ProseMirrorNode, match: TextMatch, query: string, options: FindOptions): boolean {
  if (match.to > document.content.size) return false;
  const text = document.textBetween(match.from, match.to, '\u0000', '\u0000');
  return options.caseSensitive ? text === query : foldCase(text) === foldCase(query);
}
