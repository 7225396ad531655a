import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../shared/editor/node-names';

/**
 * The page's text column holds about 43 characters of 16 px 宋体 at its full width, in lines of 1.9 em; these
 * figures only have to be close, since a section's real height replaces the estimate once it has been drawn.
 */
const charactersPerLine = 43;
const lineHeight = 30.4;
const textblockSpacing = 5;
const containerSpacing = 6;
const tableRowHeight = 31;
const figureHeight = 260;

const estimates = new WeakMap<ProseMirrorNode, number>();

function measure(node: ProseMirrorNode): number {
  if (node.isTextblock) return Math.max(1, Math.ceil(node.content.size / charactersPerLine)) * lineHeight + textblockSpacing;
  if (node.type.name === nodeNames.tableRow) return tableRowHeight;
  if (node.type.name === nodeNames.figure) return figureHeight;
  if (node.isLeaf) return lineHeight;
  let height = containerSpacing;
  node.forEach((child) => {
    height += estimatedHeight(child);
  });
  return height;
}

/**
 * Roughly how tall a node is drawn, in CSS pixels. Remembered per node: a change rebuilds only the nodes on its
 * path, the untouched ones are shared with the previous document.
 */
export function estimatedHeight(node: ProseMirrorNode): number {
  const known = estimates.get(node);
  if (known !== undefined) return known;
  const height = measure(node);
  estimates.set(node, height);
  return height;
}
