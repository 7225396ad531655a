import { Fragment, Slice } from '@tiptap/pm/model';
import { ReplaceStep, Transform } from '@tiptap/pm/transform';
import { currentClause, currentClauseContainer, endInside } from './clause-location';
import { createEmptyClause, isPlaceholderBody, titleTextPosition } from './empty-clause';
import type { StructurePlanner } from './structure-change';

/** A new clause at the same level right after the clause that holds the cursor, with the cursor in its title. */
export const planInsertClauseAfter: StructurePlanner = (document, selection) => {
  const clause = currentClause(selection);
  if (!clause) return null;
  const target = clause.position + clause.node.nodeSize;
  const draft = new Transform(document);
  if (draft.maybeStep(new ReplaceStep(target, target, new Slice(Fragment.from(createEmptyClause(document.type.schema)), 0, 0))).failed) {
    return null;
  }
  return { draft, anchor: titleTextPosition(target) };
};

/**
 * A new last sub-clause of the clause (or annex) that holds the cursor. When that clause's whole body is the
 * single empty paragraph a new clause starts with, the sub-clause replaces it: left in place it would become
 * a hanging paragraph nobody meant to write.
 */
export const planInsertSubClause: StructurePlanner = (document, selection) => {
  const container = currentClauseContainer(selection);
  if (!container) return null;
  const end = endInside(container);
  const from = isPlaceholderBody(container.node) ? end - container.node.child(1).nodeSize : end;
  const draft = new Transform(document);
  if (draft.maybeStep(new ReplaceStep(from, end, new Slice(Fragment.from(createEmptyClause(document.type.schema)), 0, 0))).failed) {
    return null;
  }
  return { draft, anchor: titleTextPosition(from) };
};
