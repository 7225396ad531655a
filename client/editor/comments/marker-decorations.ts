import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { MarkedComment } from './marked-comment';
import { commentableNodes, titleTextPosition } from './commented-nodes';
import { createMarkerElement } from './marker-element';
import type { PassageRange } from './passage-range';

export interface MarkerRendering {
  /** Opens the comments of a clause, e.g. in the side panel. */
  onOpenClause: (clauseId: string) => void;
  /** "3 条意见", read whenever the markers are rebuilt. */
  markerLabel: (count: number) => string;
}

export interface MarkedComments {
  comments: readonly MarkedComment[];
  passages: ReadonlyMap<string, PassageRange>;
  activeClauseId: string | null;
}

function commentsByClause(comments: readonly MarkedComment[]): Map<string, MarkedComment[]> {
  const groups = new Map<string, MarkedComment[]>();
  for (const comment of comments) groups.set(comment.clauseId, [...(groups.get(comment.clauseId) ?? []), comment]);
  return groups;
}

/**
 * A marker at the title of every commented clause and a highlight on every passage that could be found;
 * comments whose clause is gone get no decoration (the panel lists them as detached).
 */
export function commentDecorations(document: ProseMirrorNode, marked: MarkedComments, rendering: MarkerRendering): DecorationSet {
  const nodes = commentableNodes(document);
  const decorations: Decoration[] = [];
  for (const [clauseId, comments] of commentsByClause(marked.comments)) {
    const clause = nodes.get(clauseId);
    if (!clause) continue;
    const active = clauseId === marked.activeClauseId;
    const label = rendering.markerLabel(comments.length);
    decorations.push(
      Decoration.widget(
        titleTextPosition(clause),
        (view) => createMarkerElement(view.dom.ownerDocument, { clauseId, count: comments.length, label, active, onOpen: () => rendering.onOpenClause(clauseId) }),
        { side: -1, ignoreSelection: true, stopEvent: () => true, key: `comment-marker:${clauseId}:${comments.length}:${String(active)}:${label}` },
      ),
    );
    for (const comment of comments) {
      const passage = marked.passages.get(comment.id);
      if (!passage) continue;
      decorations.push(
        Decoration.inline(passage.from, passage.to, {
          class: active ? 'nd-comment-passage nd-comment-passage--active' : 'nd-comment-passage',
          'data-comment-id': comment.id,
          'data-testid': 'comment-passage',
        }),
      );
    }
  }
  return DecorationSet.create(document, decorations);
}
