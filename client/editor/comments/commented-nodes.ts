import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../shared/editor/node-names';

/** A clause or an annex that comments can point at, where it is now. */
export interface CommentedNode {
  id: string;
  node: ProseMirrorNode;
  position: number;
}

const commentableTypes: ReadonlySet<string> = new Set([nodeNames.clause, nodeNames.annex]);

function collect(parent: ProseMirrorNode, contentStart: number, found: Map<string, CommentedNode>): void {
  parent.forEach((node, offset) => {
    if (!commentableTypes.has(node.type.name)) return;
    const position = contentStart + offset;
    const id: unknown = node.attrs.id;
    if (typeof id === 'string' && id !== '' && !found.has(id)) found.set(id, { id, node, position });
    collect(node, position + 1, found);
  });
}

/** Every clause and annex of the document by its stable id; only clauses and annexes are walked into. */
export function commentableNodes(document: ProseMirrorNode): ReadonlyMap<string, CommentedNode> {
  const found = new Map<string, CommentedNode>();
  collect(document, 0, found);
  return found;
}

/** Where the text of the clause's title starts: its title is always the first child. */
export function titleTextPosition(commented: CommentedNode): number {
  return commented.position + 2;
}
