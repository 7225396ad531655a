import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { nodeNames } from '../../../../shared/editor/node-names';

/** Where body blocks go; 前言 and 引言 take only what their schema allows (paragraphs, lists and notes). */
const bodyContainers: ReadonlySet<string> = new Set([nodeNames.clause, nodeNames.annex, nodeNames.foreword, nodeNames.introduction]);

/** After the body blocks of a clause and before its first sub-clause: the last place a body block may stand. */
function endOfBody(container: ProseMirrorNode, containerStart: number): number {
  let position = containerStart;
  let reachedSubClause = false;
  container.forEach((child) => {
    if (reachedSubClause || child.type.name === nodeNames.clause) {
      reachedSubClause = true;
      return;
    }
    position += child.nodeSize;
  });
  return position;
}

function canInsertAt(document: ProseMirrorNode, position: number, node: ProseMirrorNode): boolean {
  const $position = document.resolve(position);
  return $position.parent.canReplaceWith($position.index(), $position.index(), node.type);
}

/**
 * Where a new body block (note, table, figure, …) goes: right after the block holding the cursor, inside the
 * innermost chapter, clause or annex; or at the end of that unit's body when the schema forbids the first place.
 */
export function bodyInsertionPosition(selectionEnd: ResolvedPos, node: ProseMirrorNode): number | null {
  const document = selectionEnd.doc;
  for (let depth = selectionEnd.depth; depth >= 1; depth -= 1) {
    const container = selectionEnd.node(depth);
    if (!bodyContainers.has(container.type.name)) continue;
    const preferred = depth === selectionEnd.depth ? selectionEnd.pos : selectionEnd.after(depth + 1);
    if (canInsertAt(document, preferred, node)) return preferred;
    const fallback = endOfBody(container, selectionEnd.start(depth));
    return canInsertAt(document, fallback, node) ? fallback : null;
  }
  return null;
}

/** The end of the body of a given unit (chapter, clause, annex) starting at `unitPosition`. */
export function unitBodyEnd(document: ProseMirrorNode, unitPosition: number): number | null {
  const unit = document.nodeAt(unitPosition);
  return unit ? endOfBody(unit, unitPosition + 1) : null;
}

/** Inserts the block and puts the cursor in its first text position. */
export function insertBlockAndFocus(transaction: Transaction, position: number, node: ProseMirrorNode): void {
  transaction.insert(position, node);
  transaction.setSelection(TextSelection.near(transaction.doc.resolve(position + 1)));
  transaction.scrollIntoView();
}
