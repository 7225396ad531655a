import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Fragment, Slice } from '@tiptap/pm/model';
import type { Selection } from '@tiptap/pm/state';
import { ReplaceStep, Transform } from '@tiptap/pm/transform';
import type { StructureChange } from './structure-change';

export interface MovedNode {
  draft: Transform;
  /** Where the moved node starts in the changed document. */
  movedTo: number;
}

/**
 * Moves the node starting at `from` to `target` (a position in the same, unchanged document) by inserting it
 * there and then deleting the original, so the node keeps its attributes (and its stable id) and the schema
 * checks both steps; null when the move is a no-op, lands inside the node itself or breaks the schema.
 */
export function moveNode(document: ProseMirrorNode, from: number, target: number): MovedNode | null {
  const node = document.nodeAt(from);
  if (!node) return null;
  const to = from + node.nodeSize;
  if (target >= from && target <= to) return null;
  const draft = new Transform(document);
  if (draft.maybeStep(new ReplaceStep(target, target, new Slice(Fragment.from(node), 0, 0))).failed) return null;
  const original = draft.mapping.map(from, 1);
  if (draft.maybeStep(new ReplaceStep(original, original + node.nodeSize, Slice.empty)).failed) return null;
  return { draft, movedTo: draft.mapping.slice(1).map(target) };
}

/** Keeps the cursor where it was: with the moved node when it was inside it, mapped otherwise. */
export function changeKeepingSelection(moved: MovedNode, from: number, selection: Selection): StructureChange {
  const size = moved.draft.doc.nodeAt(moved.movedTo)?.nodeSize ?? 0;
  const carry = (position: number) =>
    position > from && position < from + size ? moved.movedTo + (position - from) : moved.draft.mapping.map(position);
  return { draft: moved.draft, anchor: carry(selection.anchor), head: carry(selection.head) };
}
