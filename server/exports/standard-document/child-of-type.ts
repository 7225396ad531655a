import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The first child of this type with its offset in the parent, or null. */
export function childOfType(parent: ProseMirrorNode, typeName: string): { node: ProseMirrorNode; offset: number } | null {
  let offset = 0;
  for (let index = 0; index < parent.childCount; index += 1) {
    const child = parent.child(index);
    if (child.type.name === typeName) return { node: child, offset };
    offset += child.nodeSize;
  }
  return null;
}
