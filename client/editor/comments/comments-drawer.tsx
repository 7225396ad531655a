import type { Editor } from '@tiptap/core';
import { For, Show, createMemo, onMount, untrack } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import type { CommentAssignee } from '../../api/comment-threads';
import type { ThreadPermissions } from '../../components/comments/comment-thread';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingState } from '../../components/loading-state';
import { translate } from '../../i18n/translate';
import { createEditorFrame } from '../structure/editor-frame';
import type { ClauseGroup } from './clause-groups';
import { keepBelowPageHeader } from './below-page-header';
import { commentsInDraft } from './clause-groups';
import { CommentCard } from './comment-card';
import { commentMarkersOf } from './comment-markers-plugin';
import { DetachedComments } from './detached-comments';
import { revealClause, revealPassage } from './reveal-in-text';

interface CommentsDrawerProps {
  editor: Editor;
  comments: Comment[] | null;
  failure: unknown;
  onRetry: () => void;
  selectedClauseId: string | null;
  onSelectClause: (clauseId: string | null) => void;
  permissions: ThreadPermissions;
  onAssigned: (comment: Comment, assignee: CommentAssignee) => void;
  onClose: () => void;
}

const clauseName = (group: ClauseGroup<Comment>) => [group.label, group.title].filter((part) => part !== '').join(' ');

/** The side panel of comments in the live draft: every commented clause, one clause's threads, and the detached comments. */
export function CommentsDrawer(props: CommentsDrawerProps) {
  // One drawer serves one editor for its whole life.
  const editor = untrack(() => props.editor);
  const frame = createEditorFrame(editor);
  let panel: HTMLElement | undefined;
  let closeButton: HTMLButtonElement | undefined;
  const inDraft = createMemo(() => {
    frame();
    return commentsInDraft(editor.state, props.comments ?? []);
  });
  const passages = createMemo(() => {
    frame();
    return commentMarkersOf(editor.state)?.passages ?? new Map();
  });
  const selectedGroup = createMemo(() => inDraft().groups.find((group) => group.clauseId === props.selectedClauseId) ?? null);
  // Ids, not groups: the groups are rebuilt after every edit, and the list must not be re-created under the pointer.
  const groupIds = createMemo(() => inDraft().groups.map((group) => group.clauseId));
  const groupOf = (clauseId: string) => inDraft().groups.find((group) => group.clauseId === clauseId);

  onMount(() => {
    if (panel) keepBelowPageHeader(panel);
    closeButton?.focus();
  });

  function openClause(group: ClauseGroup<Comment>): void {
    props.onSelectClause(group.clauseId);
    revealClause(editor, group.position);
  }

  return (
    <aside
      ref={panel}
      class="nd-comments-drawer"
      data-testid="comments-panel"
      aria-labelledby="comments-drawer-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <header class="nd-comments-drawer__header">
        <h2 id="comments-drawer-title" class="nd-comments-drawer__title">
          {translate('commentsPanelTitle')}
        </h2>
        <button ref={closeButton} type="button" class="nd-button nd-button--quiet" data-testid="comments-panel-close" onClick={() => props.onClose()}>
          {translate('commentsPanelClose')}
        </button>
      </header>
      <div class="nd-comments-drawer__body">
        <Show when={props.failure !== undefined}>
          <ErrorNotice error={props.failure} onRetry={() => props.onRetry()} />
        </Show>
        <Show when={props.comments} fallback={<Show when={props.failure === undefined}><LoadingState /></Show>}>
          {(comments) => (
            <Show when={comments().length > 0} fallback={<p class="nd-empty" data-testid="comments-panel-empty">{translate('commentsPanelEmpty')}</p>}>
              <Show
                when={props.selectedClauseId !== null}
                fallback={
                  <>
                    <p class="nd-muted">{translate('commentsPanelIntroduction')}</p>
                    <ul class="nd-comment-clauses">
                      <For each={groupIds()}>
                        {(clauseId) => (
                          <Show when={groupOf(clauseId)}>
                            {(group) => (
                              <li>
                                <button type="button" class="nd-comment-clauses__item" data-testid="comment-clause" data-clause-id={clauseId} onClick={() => openClause(group())}>
                                  <span class="nd-comment-clauses__name">{clauseName(group())}</span>
                                  <span class="nd-comment-clauses__count">{translate('commentsPanelCount', { count: group().comments.length })}</span>
                                </button>
                              </li>
                            )}
                          </Show>
                        )}
                      </For>
                    </ul>
                  </>
                }
              >
                <button type="button" class="nd-button nd-button--quiet nd-comments-drawer__back" data-testid="comments-panel-back" onClick={() => props.onSelectClause(null)}>
                  {translate('commentsPanelBack')}
                </button>
                <Show when={selectedGroup()} fallback={<p class="nd-notice">{translate('commentsPanelClauseGone')}</p>}>
                  {(group) => (
                    <section data-testid="clause-comments" data-clause-id={group().clauseId}>
                      <h3 class="nd-comments-drawer__subheading" data-testid="clause-comments-heading">
                        {translate('commentsPanelClauseHeading', { clause: clauseName(group()) })}
                      </h3>
                      <ul class="nd-comment-cards">
                        <For each={group().comments}>
                          {(comment) => (
                            <CommentCard
                              comment={comment}
                              permissions={props.permissions}
                              clauseInDraft
                              passage={passages().get(comment.id) ?? null}
                              threadOpen
                              onShowPassage={(passage) => revealPassage(editor, passage)}
                              onAssigned={(assignee) => props.onAssigned(comment, assignee)}
                            />
                          )}
                        </For>
                      </ul>
                    </section>
                  )}
                </Show>
              </Show>
              <DetachedComments comments={inDraft().detached} permissions={props.permissions} onAssigned={props.onAssigned} />
            </Show>
          )}
        </Show>
      </div>
    </aside>
  );
}
