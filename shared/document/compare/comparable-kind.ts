import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ClauseComparison } from '../../api/versions';
import { nodeNames } from '../../editor/node-names';

export type ComparableKind = ClauseComparison['kind'];

const kindsByNodeName: ReadonlyMap<string, ComparableKind> = new Map<string, ComparableKind>([
  [nodeNames.clause, 'clause'],
  [nodeNames.annex, 'annex'],
  [nodeNames.tableBlock, 'table'],
  [nodeNames.termEntry, 'term'],
]);

/** The stable id of a node compared on its own, or null: nodes without an id cannot be matched across versions. */
export function comparableIdOf(node: ProseMirrorNode): string | null {
  if (!kindsByNodeName.has(node.type.name)) return null;
  const id: unknown = node.attrs.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

export function comparableKindOf(node: ProseMirrorNode): ComparableKind | null {
  return kindsByNodeName.get(node.type.name) ?? null;
}
