import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import { StepMap } from '@tiptap/pm/transform';
import { nodeNames } from '../../../../shared/editor/node-names';

/** The one range where two documents differ: [start, endBefore) in the old one became [start, endAfter). */
export interface DocumentDifference {
  start: number;
  endBefore: number;
  endAfter: number;
  map: StepMap;
}

/**
 * Compares two documents directly rather than reading the transaction's steps: y-tiptap applies a remote change
 * as one replacement of the whole document, whose mapping would move every position to its ends.
 */
export function documentDifference(before: ProseMirrorNode, after: ProseMirrorNode): DocumentDifference | null {
  const start = before.content.findDiffStart(after.content);
  if (start === null) return null;
  const end = before.content.findDiffEnd(after.content) ?? { a: before.content.size, b: after.content.size };
  let endBefore = end.a;
  let endAfter = end.b;
  // A repeated character makes the two scans overlap; move both ends forward by the overlap.
  const overlap = start - Math.min(endBefore, endAfter);
  if (overlap > 0) {
    endBefore += overlap;
    endAfter += overlap;
  }
  return { start, endBefore, endAfter, map: new StepMap([start, endBefore - start, endAfter - start]) };
}

/**
 * Ancestors whose derived numbers and titles do not depend on the text of a paragraph inside them.
 * Notes, examples, term entries and references are left out: their titles are their text.
 */
const containersIndependentOfParagraphText: ReadonlySet<string> = new Set([
  nodeNames.document,
  nodeNames.foreword,
  nodeNames.introduction,
  nodeNames.clause,
  nodeNames.annex,
  nodeNames.bibliography,
  nodeNames.bulletList,
  nodeNames.orderedList,
  nodeNames.listItem,
  nodeNames.tableBlock,
  nodeNames.table,
  nodeNames.tableRow,
  nodeNames.tableHeader,
  nodeNames.tableCell,
]);

function inPlainParagraph(position: ResolvedPos): boolean {
  if (position.parent.type.name !== nodeNames.paragraph) return false;
  for (let depth = position.depth - 1; depth >= 0; depth -= 1) {
    if (!containersIndependentOfParagraphText.has(position.node(depth).type.name)) return false;
  }
  return true;
}

function holdsOnlyText(document: ProseMirrorNode, from: number, to: number): boolean {
  let onlyText = true;
  document.nodesBetween(from, to, (node) => {
    if (node.isInline && !node.isText) onlyText = false;
    return onlyText;
  });
  return onlyText;
}

/**
 * When `after` differs from `before` only by text (or marks) inside one paragraph, and no footnote or
 * cross-reference was added or removed, the numbered elements are the same, only shifted: returns that shift.
 * Returns null for any other change.
 */
export function textOnlyChange(before: ProseMirrorNode, after: ProseMirrorNode): StepMap | null {
  const difference = documentDifference(before, after);
  if (!difference) return StepMap.empty;
  const { start, endBefore, endAfter } = difference;
  const startBefore = before.resolve(start);
  const startAfter = after.resolve(start);
  if (!inPlainParagraph(startBefore) || !inPlainParagraph(startAfter)) return null;
  if (!startBefore.sameParent(before.resolve(endBefore)) || !startAfter.sameParent(after.resolve(endAfter))) return null;
  if (!holdsOnlyText(before, start, endBefore) || !holdsOnlyText(after, start, endAfter)) return null;
  return difference.map;
}
