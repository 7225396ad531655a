import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../shared/editor/node-names';
import { currentClause, endInside, locateById, nextSiblingClause, previousSiblingClause } from './clause-location';
import { titleEndPosition } from './empty-clause';
import { changeKeepingSelection, moveNode } from './move-node';
import type { StructureChange, StructurePlanner } from './structure-change';

/** Swaps the clause with its previous sibling clause; its sub-clauses travel with it. */
export const planMoveClauseUp: StructurePlanner = (document, selection) => {
  const clause = currentClause(selection);
  const previous = clause && previousSiblingClause(clause);
  if (!clause || !previous) return null;
  const moved = moveNode(document, clause.position, previous.position);
  return moved && changeKeepingSelection(moved, clause.position, selection);
};

/** Swaps the clause with its next sibling clause; its sub-clauses travel with it. */
export const planMoveClauseDown: StructurePlanner = (document, selection) => {
  const clause = currentClause(selection);
  const next = clause && nextSiblingClause(clause);
  if (!clause || !next) return null;
  const moved = moveNode(document, clause.position, next.position + next.node.nodeSize);
  return moved && changeKeepingSelection(moved, clause.position, selection);
};

/** Where a dragged clause lands relative to the clause or annex it is dropped on. */
export type DropPlacement = 'before' | 'after' | 'inside';

/**
 * Moves the clause with id `clauseId` before, after or inside (as the last sub-clause of) the clause or annex
 * with id `targetId`, in one change, and puts the cursor in its title. The schema decides what is allowed:
 * a clause cannot follow an annex, and the last chapter cannot leave the body of the document.
 */
export function planMoveClauseTo(document: ProseMirrorNode, clauseId: string, targetId: string, placement: DropPlacement): StructureChange | null {
  const clause = locateById(document, clauseId);
  const target = locateById(document, targetId);
  if (!clause || !target || clause.node.type.name !== nodeNames.clause) return null;
  if (target.position >= clause.position && target.position < clause.position + clause.node.nodeSize) return null;
  const destination =
    placement === 'before' ? target.position : placement === 'after' ? target.position + target.node.nodeSize : endInside(target);
  const moved = moveNode(document, clause.position, destination);
  return moved && { draft: moved.draft, anchor: titleEndPosition(moved.draft.doc, moved.movedTo) };
}
