import type { Editor } from '@tiptap/core';
import { Show, createEffect, createMemo, createResource, createSignal, on, onCleanup, onMount, untrack } from 'solid-js';
import { Portal } from 'solid-js/web';
import type { Standard } from '../../../shared/api/standards';
import { roleCanEditDraft } from '../../../shared/domain/roles';
import { listMembers } from '../../api/standards';
import type { ThreadPermissions } from '../../components/comments/comment-thread';
import { currentLanguage } from '../../i18n/language';
import { translate } from '../../i18n/translate';
import { createEditorFrame } from '../structure/editor-frame';
import { commentableNodes } from './commented-nodes';
import { createCommentFeed } from './comment-feed';
import { refreshCommentMarkers, renderCommentMarkers, setActiveCommentClause, showComments } from './comment-markers-plugin';
import { CommentsDrawer } from './comments-drawer';
import './comments-in-editor.css';

interface CommentsInEditorProps {
  editor: Editor;
  standard: Standard;
}

/**
 * Stakeholder comments in the live draft: markers in the margin of commented clauses, highlighted passages,
 * and a side panel with the threads and the detached comments. The toggle sits in the workspace bar.
 */
export function CommentsInEditor(props: CommentsInEditorProps) {
  // One set of markers serves one editor for its whole life.
  const editor = untrack(() => props.editor);
  const standard = untrack(() => props.standard);
  const feed = createCommentFeed(standard.id);
  const [open, setOpen] = createSignal(false);
  const [selectedClauseId, setSelectedClauseId] = createSignal<string | null>(null);
  const canAssign = standard.myRole === 'secretariat' || standard.myRole === 'convenor';
  const [members] = createResource(() => (canAssign ? standard.id : false), listMembers);
  const permissions = (): ThreadPermissions => ({
    canReply: standard.myRole !== null && roleCanEditDraft(standard.myRole),
    canAssign,
    members: members.latest ?? [],
  });
  const frame = createEditorFrame(editor);
  const detachedCount = createMemo(() => {
    frame();
    const nodes = commentableNodes(editor.state.doc);
    return (feed.comments() ?? []).filter((comment) => !nodes.has(comment.clauseId)).length;
  });

  function openPanel(clauseId: string | null): void {
    setSelectedClauseId(clauseId);
    if (!open()) feed.reload();
    setOpen(true);
  }

  onMount(() => {
    renderCommentMarkers(editor.view, { onOpenClause: openPanel, markerLabel: (count) => translate('commentMarkerLabel', { count }) });
    onCleanup(() => {
      if (!editor.isDestroyed) renderCommentMarkers(editor.view, null);
    });
  });

  createEffect(() => {
    const comments = feed.comments();
    if (!comments) return;
    const marked = comments.map((comment) => ({ id: comment.id, clauseId: comment.clauseId, status: comment.status, anchor: comment.anchor ? { ...comment.anchor } : null }));
    if (!editor.isDestroyed) showComments(editor.view, marked);
  });
  createEffect(on(currentLanguage, () => !editor.isDestroyed && refreshCommentMarkers(editor.view), { defer: true }));
  createEffect(() => {
    document.body.classList.toggle('nd-comments-drawer-open', open());
  });
  onCleanup(() => document.body.classList.remove('nd-comments-drawer-open'));
  createEffect(() => {
    const active = open() ? selectedClauseId() : null;
    if (!editor.isDestroyed) setActiveCommentClause(editor.view, active);
  });

  return (
    <>
      <button
        type="button"
        class="nd-button nd-comments-toggle"
        data-testid="comments-panel-toggle"
        aria-expanded={open()}
        title={translate('commentsPanelToggleHint')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (open() ? setOpen(false) : openPanel(null))}
      >
        {translate('commentsPanelToggle', { count: feed.comments()?.length ?? 0 })}
        <Show when={detachedCount() > 0}>
          <span class="nd-comments-toggle__detached" data-testid="detached-count">
            {translate('detachedCommentsHeading', { count: detachedCount() })}
          </span>
        </Show>
      </button>
      <Show when={open()}>
        <Portal>
          <CommentsDrawer
            editor={editor}
            comments={feed.comments()}
            failure={feed.failure()}
            onRetry={feed.reload}
            selectedClauseId={selectedClauseId()}
            onSelectClause={setSelectedClauseId}
            permissions={permissions()}
            onAssigned={() => feed.reload()}
            onClose={() => setOpen(false)}
          />
        </Portal>
      </Show>
    </>
  );
}
