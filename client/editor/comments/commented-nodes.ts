import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../shared/editor/node-names';

/** A clause or an annex that comments can point at, where it is now. */
export interface CommentedNode {
  id: string;
  node: ProseMirrorNode;
  position: number;
}

const commentableTypes: ReadonlySet<string> = new Set([nodeNames.clause, nodeNames.annex]);

/** Every clause and annex of the document by its stable id; only clauses and annexes are walked into. */
export function commentableNodes(document: ProseMirrorNode): ReadonlyMap<string, CommentedNode> {
  const found = new Map<string, CommentedNode>();
  document.descendants((node, position) => {
    if (!commentableTypes.has(node.type.name)) return false;
    const id: unknown = node.attrs.id;
    if (typeof id === 'string' && id !== '' && !found.has(id)) found.set(id, { id, node, position });
    return true;
  });
  return found;
}

/** Where the text of the clause's title starts: its title is always the first child. */
export function titleTextPosition(commented: CommentedNode): number {
  return commented.position + 2;
}
