import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { SectionIndex } from './section-index';

/**
 * Computes a fact about one section once and keeps it with the section's node. Nodes never change, and an edit
 * replaces only the section it is in, so the fact of every other section is reused by the next check.
 * The fact must depend on nothing but the section.
 */
export function memoizePerSection<Result>(compute: (section: SectionIndex) => Result): (section: SectionIndex) => Result {
  const cache = new WeakMap<ProseMirrorNode, Result>();
  return (section) => {
    const cached = cache.get(section.node);
    if (cached !== undefined) return cached;
    const result = compute(section);
    cache.set(section.node, result);
    return result;
  };
}
