import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { MarkedComment } from './marked-comment';
import type { MarkedComments, MarkerRendering } from './marker-decorations';
import { commentDecorations } from './marker-decorations';
import type { PassageRange } from './passage-range';
import { resolvePassages, samePassages } from './resolve-passages';
import { yjsBindingOf } from './yjs-binding';

export interface CommentMarkersState extends MarkedComments {
  decorations: DecorationSet;
}

interface CommentMarkersMeta {
  comments?: readonly MarkedComment[];
  passages?: ReadonlyMap<string, PassageRange>;
  activeClauseId?: string | null;
}

export const commentMarkersPluginKey = new PluginKey<CommentMarkersState>('commentMarkers');

/** After a local edit, passages are re-read from their Yjs positions once typing pauses this long. */
const passageRefreshDelay = 120;

function mappedPassages(passages: ReadonlyMap<string, PassageRange>, transaction: Transaction): ReadonlyMap<string, PassageRange> {
  const mapped = new Map<string, PassageRange>();
  for (const [id, range] of passages) {
    const from = transaction.mapping.map(range.from, 1);
    const to = transaction.mapping.map(range.to, -1);
    if (from < to) mapped.set(id, { from, to });
  }
  return mapped;
}

/** Remote changes replace the whole document, but the binding has already mapped the new nodes, so read them afresh. */
function isRemoteChange(transaction: Transaction): boolean {
  const change: unknown = transaction.getMeta(ySyncPluginKey);
  return typeof change === 'object' && change !== null && 'isChangeOrigin' in change && change.isChangeOrigin === true;
}

function nextState(transaction: Transaction, previous: CommentMarkersState, newState: EditorState, rendering: MarkerRendering): CommentMarkersState {
  const meta = transaction.getMeta(commentMarkersPluginKey) as CommentMarkersMeta | undefined;
  if (!meta && !transaction.docChanged) return previous;
  const comments = meta?.comments ?? previous.comments;
  let passages = meta?.passages ?? previous.passages;
  if (!meta?.passages && transaction.docChanged) {
    passages = isRemoteChange(transaction) ? resolvePassages(transaction.doc, yjsBindingOf(newState), comments) : mappedPassages(previous.passages, transaction);
  }
  const marked = { comments, passages, activeClauseId: meta?.activeClauseId === undefined ? previous.activeClauseId : meta.activeClauseId };
  return { ...marked, decorations: marked.comments.length === 0 ? DecorationSet.empty : commentDecorations(transaction.doc, marked, rendering) };
}

export function commentMarkersOf(state: EditorState): CommentMarkersState | undefined {
  return commentMarkersPluginKey.getState(state);
}

function dispatchMeta(view: EditorView, meta: CommentMarkersMeta): void {
  view.dispatch(view.state.tr.setMeta(commentMarkersPluginKey, meta).setMeta('addToHistory', false));
}

/** Shows a new list of comments: markers at their clauses and highlights on the passages found now. */
export function showComments(view: EditorView, comments: readonly MarkedComment[]): void {
  dispatchMeta(view, { comments, passages: resolvePassages(view.state.doc, yjsBindingOf(view.state), comments) });
}

/** Rebuilds the markers with the same comments, e.g. after the interface language changed. */
export function refreshCommentMarkers(view: EditorView): void {
  dispatchMeta(view, {});
}

export function setActiveCommentClause(view: EditorView, clauseId: string | null): void {
  if (commentMarkersOf(view.state)?.activeClauseId === clauseId) return;
  dispatchMeta(view, { activeClauseId: clauseId });
}

/** Re-reads the passages from their Yjs positions; the binding has caught up with the last local edit by now. */
function refreshPassages(view: EditorView): void {
  const current = commentMarkersOf(view.state);
  if (!current || current.comments.length === 0) return;
  const passages = resolvePassages(view.state.doc, yjsBindingOf(view.state), current.comments);
  if (!samePassages(passages, current.passages)) dispatchMeta(view, { passages });
}

/**
 * Comment markers in the live draft. Clause markers are placed from clause ids on every change, so they follow
 * renumbering and moves; passages follow local edits by mapping, and are re-read from their Yjs relative positions
 * after remote changes and shortly after local ones (a move re-creates the clause's content in Yjs).
 */
export function createCommentMarkersPlugin(rendering: MarkerRendering): Plugin<CommentMarkersState> {
  return new Plugin<CommentMarkersState>({
    key: commentMarkersPluginKey,
    state: {
      init: () => ({ comments: [], passages: new Map(), activeClauseId: null, decorations: DecorationSet.empty }),
      apply: (transaction, previous, _oldState, newState) => nextState(transaction, previous, newState, rendering),
    },
    props: {
      decorations: (state) => commentMarkersPluginKey.getState(state)?.decorations,
    },
    view: () => {
      let pending: ReturnType<typeof setTimeout> | undefined;
      return {
        update: (view, previousState) => {
          if (view.state.doc === previousState.doc || (commentMarkersOf(view.state)?.comments.length ?? 0) === 0) return;
          clearTimeout(pending);
          pending = setTimeout(() => {
            if (!view.isDestroyed) refreshPassages(view);
          }, passageRefreshDelay);
        },
        destroy: () => clearTimeout(pending),
      };
    },
  });
}
