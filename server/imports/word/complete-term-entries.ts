import type { JSONContent } from '@tiptap/core';
import { nodeNames } from '../../../shared/editor/node-names';

const entryOrder = [nodeNames.termChinese, nodeNames.termEnglish, nodeNames.termDefinition, nodeNames.note, nodeNames.termSource] as const;

/**
 * A term entry read from Word may stop before its definition (the file ended, a heading followed): the model wants
 * the Chinese term, the English term and the definition in that order, so missing parts are added empty for the
 * drafter to fill, and the checker reports them.
 */
export function completeTermEntry(entry: JSONContent): JSONContent {
  const children = entry.content ?? [];
  const ofType = (type: string) => children.filter((child) => child.type === type);
  const single = (type: string): JSONContent => ofType(type)[0] ?? { type };
  const content = [single(nodeNames.termChinese), single(nodeNames.termEnglish), single(nodeNames.termDefinition), ...ofType(nodeNames.note), ...ofType(nodeNames.termSource).slice(0, 1)];
  return { ...entry, content: content.filter((child) => entryOrder.includes(child.type as (typeof entryOrder)[number])) };
}

/** Every term entry of the document completed. */
export function completeTermEntries(node: JSONContent): JSONContent {
  if (node.type === nodeNames.termEntry) return completeTermEntry(node);
  if (!node.content) return node;
  return { ...node, content: node.content.map(completeTermEntries) };
}
