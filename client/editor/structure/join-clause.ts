import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Fragment, Slice } from '@tiptap/pm/model';
import { ReplaceStep, Transform } from '@tiptap/pm/transform';
import { nodeNames } from '../../../shared/editor/node-names';
import { currentClause, endInside, previousSiblingClause } from './clause-location';
import type { NodeLocation } from './clause-location';
import { isPlaceholderBody } from './empty-clause';
import type { StructurePlanner } from './structure-change';

/** The last clause in document order inside `clause` (or the clause itself): the text right before its next sibling. */
function lastDescendantClause(clause: NodeLocation): NodeLocation {
  let current = clause;
  for (;;) {
    const last = current.node.lastChild;
    if (!last || last.type.name !== nodeNames.clause) return current;
    const position = endInside(current) - last.nodeSize;
    current = { node: last, position, parent: current.node, index: current.node.childCount - 1 };
  }
}

function splitBodyAndSubClauses(clause: ProseMirrorNode): { body: ProseMirrorNode[]; subClauses: ProseMirrorNode[] } {
  const body: ProseMirrorNode[] = [];
  const subClauses: ProseMirrorNode[] = [];
  clause.forEach((child, _offset, index) => {
    if (index === 0) return;
    (child.type.name === nodeNames.clause ? subClauses : body).push(child);
  });
  return { body, subClauses };
}

/**
 * Merges the clause into its previous sibling, keeping document order as a text editor joins a heading with
 * the text above: its body goes to the end of the text right before it (the previous sibling, or that
 * sibling's last sub-clause), its sub-clauses become the sibling's last sub-clauses. A non-empty title is
 * kept as the first moved paragraph, so no text is lost; an empty title is dropped, and so is the empty
 * paragraph an untouched new clause has: joining such a clause simply removes it.
 */
export const planJoinClauseWithPrevious: StructurePlanner = (document, selection) => {
  const clause = currentClause(selection);
  const previous = clause && previousSiblingClause(clause);
  if (!clause || !previous) return null;
  const { paragraph } = document.type.schema.nodes;
  if (!paragraph) return null;
  const title = clause.node.firstChild;
  const { body, subClauses } = splitBodyAndSubClauses(clause.node);
  const keptTitle = title && title.content.size > 0 ? [paragraph.create(null, title.content)] : [];
  const movedBody = keptTitle.length === 0 && isPlaceholderBody(clause.node) ? [] : [...keptTitle, ...body];
  const textEnd = endInside(lastDescendantClause(previous));
  const draft = new Transform(document);
  const steps = [
    new ReplaceStep(textEnd, textEnd, new Slice(Fragment.from(movedBody), 0, 0)),
    new ReplaceStep(endInside(previous), endInside(previous), new Slice(Fragment.from(subClauses), 0, 0)),
  ];
  for (const step of steps) {
    const mapped = step.map(draft.mapping);
    if (!mapped || draft.maybeStep(mapped).failed) return null;
  }
  const start = draft.mapping.map(clause.position, 1);
  if (draft.maybeStep(new ReplaceStep(start, start + clause.node.nodeSize, Slice.empty)).failed) return null;
  return { draft, anchor: movedBody.length > 0 ? textEnd + 1 : textEnd - 1 };
};
