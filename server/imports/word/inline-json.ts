import type { JSONContent } from '@tiptap/core';
import { nodeNames } from '../../../shared/editor/node-names';
import type { InlinePiece } from './word-blocks';

/** Word's tab, non-breaking space and other layout characters read as one space; line breaks are kept as breaks. */
function textNodes(text: string): JSONContent[] {
  const nodes: JSONContent[] = [];
  text
    .replace(/[\t\u00a0]+/g, ' ')
    .split('\n')
    .forEach((line, index) => {
      if (index > 0) nodes.push({ type: 'hardBreak' });
      if (line !== '') nodes.push({ type: 'text', text: line });
    });
  return nodes;
}

/**
 * Text and footnotes of a paragraph as inline content, from character `start` to `end` of its text (footnotes count
 * no characters); leading and trailing spaces go, images are placed by the caller.
 */
export function inlineContentOf(pieces: readonly InlinePiece[], start = 0, end = Number.POSITIVE_INFINITY): JSONContent[] {
  const nodes: JSONContent[] = [];
  let offset = 0;
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      const from = Math.max(start - offset, 0);
      const to = Math.min(end - offset, piece.text.length);
      if (to > from) nodes.push(...textNodes(piece.text.slice(from, to)));
      offset += piece.text.length;
    } else if (piece.kind === 'footnote' && offset >= start && offset <= end) {
      nodes.push({ type: nodeNames.footnote, attrs: { text: piece.text } });
    }
  }
  return trimmed(nodes);
}

function trimmed(nodes: JSONContent[]): JSONContent[] {
  const result = [...nodes];
  while (result[0]?.type === 'hardBreak') result.shift();
  while (result.at(-1)?.type === 'hardBreak') result.pop();
  const first = result[0];
  if (first?.type === 'text') first.text = (first.text ?? '').replace(/^[\s\u3000]+/, '');
  const last = result.at(-1);
  if (last?.type === 'text') last.text = (last.text ?? '').replace(/\s+$/, '');
  return result.filter((node) => node.type !== 'text' || (node.text ?? '') !== '');
}

/**
 * The inline content a label frames ("注：…", "——…", "a)…", "[来源：…]") when the paragraph has one: the pattern's
 * first group captures the content. Null when the paragraph does not match.
 */
export function contentAfterLabel(pieces: readonly InlinePiece[], text: string, pattern: RegExp): JSONContent[] | null {
  const leading = /^[\s\u3000]*/.exec(text)?.[0].length ?? 0;
  const withIndices = new RegExp(pattern.source, `${pattern.flags.replace(/[gyd]/g, '')}d`);
  const found = withIndices.exec(text.slice(leading));
  if (!found) return null;
  const [start, end] = found.indices?.[1] ?? [found[0].length, found[0].length];
  return inlineContentOf(pieces, leading + start, leading + end);
}

export function paragraphJson(content: JSONContent[]): JSONContent {
  return content.length === 0 ? { type: nodeNames.paragraph } : { type: nodeNames.paragraph, content };
}

/** A node whose content is plain text only (titles, terms, formulas, reference titles). */
export function plainTextNode(type: string, text: string, attrs?: Record<string, unknown>): JSONContent {
  const clean = text.replace(/[\s\u00a0]*\n[\s\u00a0]*/g, ' ').trim();
  const node: JSONContent = attrs ? { type, attrs } : { type };
  if (clean !== '') node.content = [{ type: 'text', text: clean }];
  return node;
}
