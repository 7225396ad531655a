import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Computes a fact about one node (a textblock, a footnote, a reference entry) once and keeps it with the node.
 * When an edit replaces a section, its index and findings are worked out again, but only the blocks the edit
 * touched are new objects, so the costly part, scanning text, is done again for those alone.
 * The fact must depend on nothing but the node.
 */
export function memoizePerNode<Result>(compute: (node: ProseMirrorNode) => Result): (node: ProseMirrorNode) => Result {
  const cache = new WeakMap<ProseMirrorNode, { result: Result }>();
  return (node) => {
    const cached = cache.get(node);
    if (cached) return cached.result;
    const result = compute(node);
    cache.set(node, { result });
    return result;
  };
}
