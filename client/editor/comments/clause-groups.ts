import type { EditorState } from '@tiptap/pm/state';
import { derivedNumbering } from '../elements/numbering/derived-numbers';
import { commentableNodes } from './commented-nodes';

/** The comments on one clause of the live draft, with the clause as it is numbered now. */
export interface ClauseGroup<Item> {
  clauseId: string;
  position: number;
  /** "5.2", "附录A". */
  label: string;
  title: string;
  comments: Item[];
}

export interface CommentsInDraft<Item> {
  groups: ClauseGroup<Item>[];
  /** Comments whose clause is no longer in the live draft. */
  detached: Item[];
}

/** Sorts comments into their clauses in document order; those whose clause was deleted are detached. */
export function commentsInDraft<Item extends { clauseId: string }>(state: EditorState, comments: readonly Item[]): CommentsInDraft<Item> {
  const nodes = commentableNodes(state.doc);
  const numbering = derivedNumbering(state);
  const groups = new Map<string, ClauseGroup<Item>>();
  const detached: Item[] = [];
  for (const comment of comments) {
    const clause = nodes.get(comment.clauseId);
    if (!clause) {
      detached.push(comment);
      continue;
    }
    const existing = groups.get(clause.id);
    if (existing) {
      existing.comments.push(comment);
      continue;
    }
    const numbered = numbering.byId.get(clause.id);
    groups.set(clause.id, { clauseId: clause.id, position: clause.position, label: numbered?.label ?? '', title: numbered?.title ?? clause.node.firstChild?.textContent ?? '', comments: [comment] });
  }
  return { groups: [...groups.values()].sort((first, second) => first.position - second.position), detached };
}
