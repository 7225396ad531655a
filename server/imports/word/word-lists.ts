import type { JSONContent } from '@tiptap/core';
import { nodeNames } from '../../../shared/editor/node-names';
import { dashItemPattern, letterItemPattern, numberItemPattern } from './classify-paragraph';
import { contentAfterLabel, inlineContentOf, paragraphJson } from './inline-json';
import type { WordParagraph } from './word-blocks';

export type ListKind = 'bullet' | 'letter' | 'number';

/** The list a paragraph is an item of, from its typed marker or from Word's automatic numbering. */
export function listKindOf(paragraph: WordParagraph): { kind: ListKind; content: JSONContent[] } | null {
  const typed: Array<[ListKind, RegExp]> = [
    ['bullet', dashItemPattern],
    ['letter', letterItemPattern],
    ['number', numberItemPattern],
  ];
  for (const [kind, pattern] of typed) {
    const content = contentAfterLabel(paragraph.pieces, paragraph.text, pattern);
    if (content) return { kind, content };
  }
  const format = paragraph.numbering?.format;
  if (format === 'bullet') return { kind: 'bullet', content: inlineContentOf(paragraph.pieces) };
  if (format === 'lowerLetter') return { kind: 'letter', content: inlineContentOf(paragraph.pieces) };
  if (format === 'decimal' && /^%\d[)）]$/.test(paragraph.numbering?.text ?? '')) return { kind: 'number', content: inlineContentOf(paragraph.pieces) };
  return null;
}

function listNode(kind: ListKind): JSONContent {
  return kind === 'bullet' ? { type: nodeNames.bulletList, content: [] } : { type: nodeNames.orderedList, attrs: { start: 1 }, content: [] };
}

function listItem(content: JSONContent[]): JSONContent {
  return { type: nodeNames.listItem, content: [paragraphJson(content)] };
}

/** "——" items make a bullet list, "a)" items an ordered one, "1)" items after "a)" items its second level. */
export function appendListItem(target: JSONContent[], kind: ListKind, content: JSONContent[]): void {
  const last = target.at(-1);
  const lastKind: ListKind | null = last?.type === nodeNames.bulletList ? 'bullet' : last?.type === nodeNames.orderedList ? 'letter' : null;
  if (kind === 'number' && lastKind === 'letter' && last) {
    const parentItem = last.content?.at(-1);
    const nested = parentItem?.content?.at(-1);
    if (nested?.type === nodeNames.orderedList) nested.content?.push(listItem(content));
    else parentItem?.content?.push({ ...listNode('number'), content: [listItem(content)] });
    return;
  }
  const wanted = kind === 'bullet' ? 'bullet' : 'letter';
  if (last && lastKind === wanted) {
    last.content?.push(listItem(content));
    return;
  }
  target.push({ ...listNode(kind), content: [listItem(content)] });
}
