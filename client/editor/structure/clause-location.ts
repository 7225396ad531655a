import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import { NodeSelection, type Selection } from '@tiptap/pm/state';
import { nodeNames } from '../../../shared/editor/node-names';

/** A node together with where it sits: its position (right before it), its parent and its index there. */
export interface NodeLocation {
  node: ProseMirrorNode;
  position: number;
  parent: ProseMirrorNode;
  index: number;
}

const clauses: ReadonlySet<string> = new Set([nodeNames.clause]);
const clauseContainers: ReadonlySet<string> = new Set([nodeNames.clause, nodeNames.annex]);

/** Where the node that starts at `position` sits, or null when no node starts there. */
export function locationAt(document: ProseMirrorNode, position: number): NodeLocation | null {
  const resolved = document.resolve(position);
  const node = resolved.nodeAfter;
  if (!node) return null;
  return { node, position, parent: resolved.parent, index: resolved.index() };
}

function innermostAncestor(resolved: ResolvedPos, typeNames: ReadonlySet<string>): NodeLocation | null {
  for (let depth = resolved.depth; depth > 0; depth -= 1) {
    if (typeNames.has(resolved.node(depth).type.name)) return locationAt(resolved.doc, resolved.before(depth));
  }
  return null;
}

function selectedNodeOfType(selection: Selection, typeNames: ReadonlySet<string>): NodeLocation | null {
  if (selection instanceof NodeSelection && typeNames.has(selection.node.type.name)) {
    return locationAt(selection.$from.doc, selection.from);
  }
  return null;
}

/** The innermost clause that contains the selection (a chapter, a clause or a clause of an annex). */
export function currentClause(selection: Selection): NodeLocation | null {
  return selectedNodeOfType(selection, clauses) ?? innermostAncestor(selection.$from, clauses);
}

/** The innermost clause or annex that contains the selection: the node a sub-clause would be added to. */
export function currentClauseContainer(selection: Selection): NodeLocation | null {
  return selectedNodeOfType(selection, clauseContainers) ?? innermostAncestor(selection.$from, clauseContainers);
}

/** The clause right before this one under the same parent, if that sibling is a clause. */
export function previousSiblingClause(location: NodeLocation): NodeLocation | null {
  const previous = location.index > 0 ? location.parent.child(location.index - 1) : null;
  if (!previous || previous.type.name !== nodeNames.clause) return null;
  return { node: previous, position: location.position - previous.nodeSize, parent: location.parent, index: location.index - 1 };
}

/** The clause right after this one under the same parent, if that sibling is a clause. */
export function nextSiblingClause(location: NodeLocation): NodeLocation | null {
  const next = location.parent.maybeChild(location.index + 1);
  if (!next || next.type.name !== nodeNames.clause) return null;
  return { node: next, position: location.position + location.node.nodeSize, parent: location.parent, index: location.index + 1 };
}

/** The clause or annex that carries this stable id. */
export function locateById(document: ProseMirrorNode, id: string): NodeLocation | null {
  let found: number | null = null;
  document.descendants((node, position) => {
    if (found !== null) return false;
    if (clauseContainers.has(node.type.name) && node.attrs.id === id) {
      found = position;
      return false;
    }
    return clauseContainers.has(node.type.name);
  });
  return found === null ? null : locationAt(document, found);
}

/** The position just inside the end of a node: where a last child is appended. */
export function endInside(location: NodeLocation): number {
  return location.position + location.node.nodeSize - 1;
}
