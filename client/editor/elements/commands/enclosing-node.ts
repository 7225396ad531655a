import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';

export interface EnclosingNode {
  node: ProseMirrorNode;
  position: number;
}

/** The innermost ancestor of `position` with the given type name (or the selected node itself at that depth). */
export function enclosingNode(position: ResolvedPos, typeName: string): EnclosingNode | null {
  for (let depth = position.depth; depth >= 1; depth -= 1) {
    const node = position.node(depth);
    if (node.type.name === typeName) return { node, position: position.before(depth) };
  }
  const after = position.nodeAfter;
  if (after?.type.name === typeName) return { node: after, position: position.pos };
  return null;
}
