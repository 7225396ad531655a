import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { numberDocument } from '../numbering';
import { comparableIdOf, comparableKindOf, type ComparableKind } from './comparable-kind';
import { ownTextOf, type OwnText } from './own-text';

/** A clause, annex, table or term entry of one version, as the comparison sees it. */
export interface ComparableEntry {
  id: string;
  kind: ComparableKind;
  /** The id of the nearest enclosing entry with an id; null at the top of the document. */
  parentId: string | null;
  /** Index in document order among the entries of its version. */
  order: number;
  number: string | null;
  title: string;
  text: OwnText;
}

export interface ComparableEntries {
  entries: ComparableEntry[];
  byId: ReadonlyMap<string, ComparableEntry>;
}

/** Every entry of a document with a stable id, in document order; of two entries with the same id the first wins. */
export function collectComparableEntries(document: ProseMirrorNode): ComparableEntries {
  const numbering = numberDocument(document);
  const entries: ComparableEntry[] = [];
  const byId = new Map<string, ComparableEntry>();

  function visit(node: ProseMirrorNode, position: number, parentId: string | null): void {
    const id = comparableIdOf(node);
    const kind = comparableKindOf(node);
    let childParentId = parentId;
    if (id !== null && kind !== null && !byId.has(id)) {
      const numbered = numbering.byPosition.get(position);
      const entry: ComparableEntry = { id, kind, parentId, order: entries.length, number: numbered?.number ?? null, title: numbered?.title ?? '', text: ownTextOf(node, numbering) };
      entries.push(entry);
      byId.set(id, entry);
      childParentId = id;
    }
    // Entries only ever stand directly in the document, a chapter, a clause or an annex; blocks hold none.
    if (kind === null && node.type.name !== document.type.name) return;
    node.forEach((child, offset) => visit(child, position + 1 + offset, childParentId));
  }

  document.forEach((child, offset) => visit(child, offset, null));
  return { entries, byId };
}
