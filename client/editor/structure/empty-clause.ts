import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { nodeNames } from '../../../shared/editor/node-names';

/** A new clause: an empty title to type into and one empty paragraph for its text. UniqueID gives it an id. */
export function createEmptyClause(schema: Schema): ProseMirrorNode {
  const { clause, clauseTitle, paragraph } = schema.nodes;
  if (!clause || !clauseTitle || !paragraph) throw new Error('The schema has no clause, clause title or paragraph');
  return clause.create(null, [clauseTitle.create(), paragraph.create()]);
}

/** The position of the text inside the title of a clause that starts at `clausePosition`. */
export function titleTextPosition(clausePosition: number): number {
  return clausePosition + 2;
}

/** The position at the end of the title text of the clause or annex that starts at `position`. */
export function titleEndPosition(document: ProseMirrorNode, position: number): number {
  return titleTextPosition(position) + (document.nodeAt(position)?.firstChild?.content.size ?? 0);
}

/** True for a body that is one empty paragraph, the placeholder a new clause starts with. */
export function isPlaceholderBody(clause: ProseMirrorNode): boolean {
  const body = clause.childCount === 2 ? clause.child(1) : null;
  return body !== null && body.type.name === nodeNames.paragraph && body.content.size === 0;
}
