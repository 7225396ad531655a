import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../shared/editor/node-names';
import { currentClause, endInside, locationAt, previousSiblingClause } from './clause-location';
import { changeKeepingSelection, moveNode } from './move-node';
import type { StructurePlanner } from './structure-change';

function parentClausePosition(document: ProseMirrorNode, clausePosition: number): number | null {
  const resolved = document.resolve(clausePosition);
  if (resolved.depth === 0 || resolved.parent.type.name !== nodeNames.clause) return null;
  return resolved.before();
}

/**
 * The clause becomes the next sibling of its parent, with its own body and sub-clauses. Its following
 * siblings stay under the old parent, as in an outliner. Chapters and the top clauses of an annex cannot
 * be promoted: above them is the document or the annex itself.
 */
export const planPromoteClause: StructurePlanner = (document, selection) => {
  const clause = currentClause(selection);
  if (!clause) return null;
  const parentPosition = parentClausePosition(document, clause.position);
  const parent = parentPosition === null ? null : locationAt(document, parentPosition);
  if (!parent) return null;
  const moved = moveNode(document, clause.position, parent.position + parent.node.nodeSize);
  return moved && changeKeepingSelection(moved, clause.position, selection);
};

/** The clause becomes the last sub-clause of its previous sibling, after the sub-clauses that sibling has. */
export const planDemoteClause: StructurePlanner = (document, selection) => {
  const clause = currentClause(selection);
  const previous = clause && previousSiblingClause(clause);
  if (!clause || !previous) return null;
  const moved = moveNode(document, clause.position, endInside(previous));
  return moved && changeKeepingSelection(moved, clause.position, selection);
};
