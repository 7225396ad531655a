import { Fragment, Slice } from '@tiptap/pm/model';
import { ReplaceStep, Transform } from '@tiptap/pm/transform';
import { currentClause, endInside } from './clause-location';
import { titleTextPosition } from './empty-clause';
import type { StructurePlanner } from './structure-change';

/**
 * Splits the clause at the body block that holds the cursor: that block stays, and everything after it
 * (the following body blocks and the sub-clauses, in document order) goes into a new sibling clause right
 * after, with an empty title that takes the cursor. Not possible in a title or when nothing follows.
 */
export const planSplitClause: StructurePlanner = (document, selection) => {
  const clause = currentClause(selection);
  if (!clause) return null;
  const $from = selection.$from;
  const clauseDepth = document.resolve(clause.position + 1).depth;
  if ($from.depth <= clauseDepth) return null;
  const blockIndex = $from.index(clauseDepth);
  if (blockIndex === 0 || blockIndex >= clause.node.childCount - 1) return null;
  const splitAt = $from.after(clauseDepth + 1);
  const end = endInside(clause);
  const { clause: clauseType, clauseTitle } = document.type.schema.nodes;
  if (!clauseType || !clauseTitle) return null;
  const following = clause.node.content.cut(splitAt - (clause.position + 1));
  const newClause = clauseType.create(null, Fragment.from(clauseTitle.create()).append(following));
  const draft = new Transform(document);
  const afterClause = end + 1;
  if (draft.maybeStep(new ReplaceStep(afterClause, afterClause, new Slice(Fragment.from(newClause), 0, 0))).failed) return null;
  if (draft.maybeStep(new ReplaceStep(splitAt, end, Slice.empty)).failed) return null;
  return { draft, anchor: titleTextPosition(draft.mapping.slice(1).map(afterClause)) };
};
