import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Mappable } from '@tiptap/pm/transform';
import { Mapping } from '@tiptap/pm/transform';
import type { EditorView } from '@tiptap/pm/view';
import { DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { MarkedComment } from './marked-comment';
import type { MarkedComments, MarkerRendering } from './marker-decorations';
import { commentDecorations } from './marker-decorations';
import type { PassageRange } from './passage-range';
import { resolvePassages, samePassages } from './resolve-passages';
import { changeInsideOneTextblock } from './textblock-change';
import { yjsBindingOf } from './yjs-binding';

export interface CommentMarkersState extends MarkedComments {
  decorations: DecorationSet;
  /** True after a structural local change was only mapped: the passages are read again from Yjs shortly after. */
  stale: boolean;
  /** Set by the comments panel once it is mounted; without it no marker is shown. */
  rendering: MarkerRendering | null;
}

interface CommentMarkersMeta {
  comments?: readonly MarkedComment[];
  passages?: ReadonlyMap<string, PassageRange>;
  activeClauseId?: string | null;
  rendering?: MarkerRendering | null;
}

export const commentMarkersPluginKey = new PluginKey<CommentMarkersState>('commentMarkers');

/** After a local edit, passages are re-read from their Yjs positions once typing pauses this long. */
const passageRefreshDelay = 120;

function mappedPassages(passages: ReadonlyMap<string, PassageRange>, mapping: Mappable): ReadonlyMap<string, PassageRange> {
  const mapped = new Map<string, PassageRange>();
  for (const [id, range] of passages) {
    const from = mapping.map(range.from, 1);
    const to = mapping.map(range.to, -1);
    if (from < to) mapped.set(id, { from, to });
  }
  return mapped;
}

/** Remote changes replace the whole document, but the binding has already mapped the new nodes, so read them afresh. */
function isRemoteChange(transaction: Transaction): boolean {
  const change: unknown = transaction.getMeta(ySyncPluginKey);
  return typeof change === 'object' && change !== null && 'isChangeOrigin' in change && change.isChangeOrigin === true;
}

function rebuilt(document: Transaction['doc'], marked: MarkedComments, stale: boolean, rendering: MarkerRendering | null): CommentMarkersState {
  const decorations = marked.comments.length === 0 || !rendering ? DecorationSet.empty : commentDecorations(document, marked, rendering);
  return { ...marked, stale, rendering, decorations };
}

/**
 * Typing inside a paragraph or a title (local or remote) only shifts what is marked, so the marks are mapped; any other
 * change rebuilds them from the clause ids, which is what keeps markers right after renumbering and moves.
 */
function nextState(transaction: Transaction, previous: CommentMarkersState, newState: EditorState): CommentMarkersState {
  const meta = transaction.getMeta(commentMarkersPluginKey) as CommentMarkersMeta | undefined;
  const rendering = meta?.rendering === undefined ? previous.rendering : meta.rendering;
  if (meta) {
    const comments = meta.comments ?? previous.comments;
    const passages = meta.passages ?? previous.passages;
    const activeClauseId = meta.activeClauseId === undefined ? previous.activeClauseId : meta.activeClauseId;
    return rebuilt(transaction.doc, { comments, passages, activeClauseId }, meta.passages === undefined && previous.stale, rendering);
  }
  if (!transaction.docChanged || previous.comments.length === 0) return previous;
  const shift = changeInsideOneTextblock(transaction.before, transaction.doc);
  if (shift) {
    const mapping = new Mapping([shift]);
    return { ...previous, passages: mappedPassages(previous.passages, mapping), decorations: previous.decorations.map(mapping, transaction.doc) };
  }
  const marked = { comments: previous.comments, activeClauseId: previous.activeClauseId };
  if (isRemoteChange(transaction)) return rebuilt(transaction.doc, { ...marked, passages: resolvePassages(transaction.doc, yjsBindingOf(newState), previous.comments) }, false, rendering);
  return rebuilt(transaction.doc, { ...marked, passages: mappedPassages(previous.passages, transaction.mapping) }, true, rendering);
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

/** Lets the comments panel show markers that open its threads; null hides the markers and forgets the comments. */
export function renderCommentMarkers(view: EditorView, rendering: MarkerRendering | null): void {
  dispatchMeta(view, rendering ? { rendering } : { rendering: null, comments: [], passages: new Map(), activeClauseId: null });
}

export function setActiveCommentClause(view: EditorView, clauseId: string | null): void {
  if (commentMarkersOf(view.state)?.activeClauseId === clauseId) return;
  dispatchMeta(view, { activeClauseId: clauseId });
}

/** Re-reads the passages from their Yjs positions; the binding has caught up with the last local edit by now. */
function refreshPassages(view: EditorView): void {
  const current = commentMarkersOf(view.state);
  if (!current?.stale) return;
  const passages = resolvePassages(view.state.doc, yjsBindingOf(view.state), current.comments);
  dispatchMeta(view, { passages: samePassages(passages, current.passages) ? current.passages : passages });
}

/**
 * Comment markers in the live draft. Clause markers are placed from clause ids after every structural change, so
 * they follow renumbering and moves; passages are mapped through typing, read from their Yjs relative positions
 * after remote structural changes, and shortly after local ones (a move re-creates the clause's content in Yjs).
 * The plugin is part of the editor from its creation; the comments panel gives it the rendering once mounted.
 */
export function createCommentMarkersPlugin(rendering: MarkerRendering | null = null): Plugin<CommentMarkersState> {
  return new Plugin<CommentMarkersState>({
    key: commentMarkersPluginKey,
    state: {
      init: () => ({ comments: [], passages: new Map(), activeClauseId: null, decorations: DecorationSet.empty, stale: false, rendering }),
      apply: (transaction, previous, _oldState, newState) => nextState(transaction, previous, newState),
    },
    props: {
      decorations: (state) => commentMarkersPluginKey.getState(state)?.decorations,
    },
    view: () => {
      let pending: ReturnType<typeof setTimeout> | undefined;
      return {
        update: (view, previousState) => {
          if (view.state.doc === previousState.doc || commentMarkersOf(view.state)?.stale !== true) return;
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
