import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { stableIdOf } from './section-index';
import type { LintTarget } from './lint-finding';

export interface PositionedNode extends LintTarget {
  node: ProseMirrorNode;
}

/** The children of a located node, each with its position and its own or the parent's stable id. */
export function positionedChildren(parent: PositionedNode): PositionedNode[] {
  const children: PositionedNode[] = [];
  parent.node.forEach((node, offset) => {
    children.push({ node, position: parent.position + 1 + offset, targetId: stableIdOf(node) ?? parent.targetId });
  });
  return children;
}
