import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../shared/editor/node-names';

const titleTypes: ReadonlySet<string> = new Set([nodeNames.clauseTitle, nodeNames.annexTitle]);

function insideOneTextblock(document: ProseMirrorNode, from: number, to: number): boolean {
  const $from = document.resolve(from);
  return $from.parent.isTextblock && !titleTypes.has($from.parent.type.name) && $from.sameParent(document.resolve(to));
}

/**
 * False when the only difference is inside one body textblock, which is what typing produces: the outline
 * cannot change then, and numbering a 600-clause document on every keystroke is not free. Unchanged nodes are
 * shared between the two documents, so finding the difference costs the depth of the change, not its size.
 */
export function outlineMayHaveChanged(previous: ProseMirrorNode, next: ProseMirrorNode): boolean {
  const start = previous.content.findDiffStart(next.content);
  if (start === null) return false;
  const end = previous.content.findDiffEnd(next.content);
  if (!end) return true;
  return !(insideOneTextblock(previous, start, Math.max(end.a, start)) && insideOneTextblock(next, start, Math.max(end.b, start)));
}
