import type { Editor } from '@tiptap/core';
import type { JSX } from 'solid-js';
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import type { User } from '../../shared/api/auth';
import type { DocumentKind } from '../../shared/collab/document-name';
import type { CollaborationSession } from '../collab/collaboration-session';
import { openCollaborationSession } from '../collab/collaboration-session';
import { localAwarenessUser } from '../collab/local-awareness-user';
import { ErrorNotice } from '../components/error-notice';
import { translate } from '../i18n/translate';
import { ConnectionProblemNotice } from './connection-problem-notice';
import { DraftEditor } from './draft-editor';
import { ElementToolbar } from './elements/toolbar/element-toolbar';
import { FindBar } from './find/find-bar';
import { ClauseHistoryButton } from './history/clause-history-button';
import { OutlinePanel } from './outline/outline-panel';
import { ParticipantList } from './participant-list';
import { ProblemsPanel } from './problems/problems-panel';
import { SaveStatus } from './save-status';
import { StructureToolbar } from './structure/structure-toolbar';

interface DraftWorkspaceProps {
  standardId: string;
  user: User;
  /** Which live document of the standard; the draft by default. The 编制说明 is no GB/T 1.1 document, so it gets no structure check or clause history. */
  documentKind?: DocumentKind;
  /** Controls the page adds to the workspace bar once the editor exists, e.g. the comments panel toggle. */
  barItems?: (editor: Editor) => JSX.Element;
}

/** Opens the collaboration session for one standard and shows the editor once it has synced. */
export function DraftWorkspace(props: DraftWorkspaceProps) {
  const [session, setSession] = createSignal<CollaborationSession>();
  const [openError, setOpenError] = createSignal<unknown>();
  const [editor, setEditor] = createSignal<Editor>();
  const isDraft = () => (props.documentKind ?? 'draft') === 'draft';
  let disposed = false;
  let opened: CollaborationSession | undefined;

  function open(): void {
    setOpenError(undefined);
    openCollaborationSession({ standardId: props.standardId, documentKind: props.documentKind, user: localAwarenessUser(props.user) })
      .then((created) => {
        if (disposed) return created.destroy();
        opened = created;
        setSession(created);
      })
      .catch((error: unknown) => {
        if (!disposed) setOpenError(error);
      });
  }

  /** Sections reached by scrolling stop below the sticky bar, which wraps to more rows on narrow windows or with the find bar open. */
  function measureBar(bar: HTMLDivElement): void {
    const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--nd-workspace-bar-height', `${bar.getBoundingClientRect().height}px`));
    observer.observe(bar);
    onCleanup(() => {
      observer.disconnect();
      document.documentElement.style.removeProperty('--nd-workspace-bar-height');
    });
  }

  onMount(open);
  onCleanup(() => {
    disposed = true;
    opened?.destroy();
  });

  return (
    <Show
      when={session()}
      fallback={
        <Show when={openError() !== undefined} fallback={<p class="nd-muted">{translate('connecting')}</p>}>
          <p class="nd-muted">{translate('openDraftFailed')}</p>
          <ErrorNotice error={openError()} onRetry={open} />
        </Show>
      }
    >
      {(current) => (
        <div class="nd-workspace">
          <div class="nd-workspace__bar" ref={measureBar}>
            <Show when={!current().readOnly() && editor()}>
              {(ready) => <StructureToolbar editor={ready()} readOnly={current().readOnly()} />}
            </Show>
            <Show when={editor()}>{(ready) => <ElementToolbar editor={ready()} standardId={props.standardId} readOnly={current().readOnly()} hasCover={isDraft()} />}</Show>
            <Show when={isDraft() && editor()}>{(ready) => <ClauseHistoryButton editor={ready()} standardId={props.standardId} />}</Show>
            <Show when={editor()}>{(ready) => <FindBar editor={ready()} readOnly={current().readOnly()} />}</Show>
            <Show when={editor()}>{(ready) => props.barItems?.(ready())}</Show>
            <SaveStatus state={current().saveState()} />
            <Show when={current().readOnly()}>
              <span class="nd-badge" data-testid="read-only-badge" title={translate('readOnlyExplanation')}>
                {translate('readOnlyBadge')}
              </span>
            </Show>
            <ParticipantList participants={current().participants()} />
          </div>
          <ConnectionProblemNotice problem={current().problem()} onReconnect={() => current().reconnect()} />
          <Show when={current().hasSyncedOnce()} fallback={<p class="nd-muted">{translate('connecting')}</p>}>
            <div class="nd-workspace__columns">
              <div class="nd-workspace__outline">
                <Show when={editor()}>{(ready) => <OutlinePanel editor={ready()} readOnly={current().readOnly()} />}</Show>
              </div>
              <div class="nd-document-with-problems">
                <DraftEditor session={current()} onEditorReady={setEditor} />
                <Show when={isDraft() && editor()}>{(ready) => <ProblemsPanel editor={ready()} />}</Show>
              </div>
            </div>
          </Show>
        </div>
      )}
    </Show>
  );
}
