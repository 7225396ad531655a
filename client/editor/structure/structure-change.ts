import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { Transform } from '@tiptap/pm/transform';

/**
 * A structure edit worked out on a scratch Transform: nothing touches the real transaction until every step
 * has applied, because Tiptap dispatches a command's transaction even when the command returns false.
 */
export interface StructureChange {
  draft: Transform;
  /** Where the cursor goes, as positions in the changed document. */
  anchor: number;
  head?: number;
}

export type StructurePlanner = (document: ProseMirrorNode, selection: Selection) => StructureChange | null;

/** A text cursor where the positions are inside text, otherwise the nearest valid selection. */
export function selectionAt(document: ProseMirrorNode, anchor: number, head = anchor): Selection {
  const size = document.content.size;
  const $anchor = document.resolve(Math.max(0, Math.min(anchor, size)));
  const $head = document.resolve(Math.max(0, Math.min(head, size)));
  if ($anchor.parent.inlineContent && $head.parent.inlineContent) return TextSelection.between($anchor, $head);
  return Selection.near($anchor);
}

/** Replays the change's steps on `transaction` and places the cursor. */
export function applyStructureChange(transaction: Transaction, change: StructureChange): void {
  for (const step of change.draft.steps) transaction.step(step);
  transaction.setSelection(selectionAt(transaction.doc, change.anchor, change.head));
  transaction.scrollIntoView();
}

/** The transaction a planner produces on `state`, or null when the edit is not possible there. */
export function transactionFor(state: EditorState, planner: StructurePlanner): Transaction | null {
  const change = planner(state.doc, state.selection);
  if (!change) return null;
  const transaction = state.tr;
  applyStructureChange(transaction, change);
  return transaction;
}
