import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { commentableNodeTypes } from '../../../shared/document/element-references';

/** A clause, annex, term entry, table, figure, formula, note or example that comments can point at, where it is now. */
export interface CommentedNode {
  id: string;
  node: ProseMirrorNode;
  position: number;
}

function collect(parent: ProseMirrorNode, contentStart: number, found: Map<string, CommentedNode>): void {
  parent.forEach((node, offset) => {
    const position = contentStart + offset;
    const id: unknown = node.attrs.id;
    if (commentableNodeTypes.has(node.type.name) && typeof id === 'string' && id !== '' && !found.has(id)) found.set(id, { id, node, position });
    if (!node.isTextblock && !node.isAtom) collect(node, position + 1, found);
  });
}

/** Every commentable element of the document by its stable id; text blocks are not walked into. */
export function commentableNodes(document: ProseMirrorNode): ReadonlyMap<string, CommentedNode> {
  const found = new Map<string, CommentedNode>();
  collect(document, 0, found);
  return found;
}

/** Where the marker goes: the start of the element's first text (a clause's title, a table's title, a note's paragraph). */
export function titleTextPosition(commented: CommentedNode): number {
  if (commented.node.isTextblock) return commented.position + 1;
  let found: number | null = null;
  commented.node.descendants((node, offset) => {
    if (found !== null) return false;
    if (node.isTextblock) {
      found = commented.position + 1 + offset + 1;
      return false;
    }
    return true;
  });
  return found ?? commented.position + 1;
}
