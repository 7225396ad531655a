import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { StepMap } from '@tiptap/pm/transform';
import { documentDifference } from '../elements/numbering/text-only-change';

/**
 * When `after` differs from `before` only inside one textblock (typing in a paragraph or a title, local or remote),
 * no clause was added, removed or moved, so marks only shift: returns that shift. Null for any other change.
 */
export function changeInsideOneTextblock(before: ProseMirrorNode, after: ProseMirrorNode): StepMap | null {
  const difference = documentDifference(before, after);
  if (!difference) return StepMap.empty;
  const startBefore = before.resolve(difference.start);
  const startAfter = after.resolve(difference.start);
  if (!startBefore.parent.isTextblock || !startAfter.parent.isTextblock) return null;
  return startBefore.sameParent(before.resolve(difference.endBefore)) && startAfter.sameParent(after.resolve(difference.endAfter)) ? difference.map : null;
}
