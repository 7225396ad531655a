import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import type { User } from '../../shared/api/auth';
import type { CollaborationSession } from '../collab/collaboration-session';
import { openCollaborationSession } from '../collab/collaboration-session';
import { localAwarenessUser } from '../collab/local-awareness-user';
import { ErrorNotice } from '../components/error-notice';
import { translate } from '../i18n/translate';
import { ConnectionProblemNotice } from './connection-problem-notice';
import { DraftEditor } from './draft-editor';
import { ParticipantList } from './participant-list';
import { SaveStatus } from './save-status';

interface DraftWorkspaceProps {
  standardId: string;
  user: User;
}

/** Opens the collaboration session for one standard and shows the editor once it has synced. */
export function DraftWorkspace(props: DraftWorkspaceProps) {
  const [session, setSession] = createSignal<CollaborationSession>();
  const [openError, setOpenError] = createSignal<unknown>();
  let disposed = false;
  let opened: CollaborationSession | undefined;

  function open(): void {
    setOpenError(undefined);
    openCollaborationSession({ standardId: props.standardId, user: localAwarenessUser(props.user) })
      .then((created) => {
        if (disposed) return created.destroy();
        opened = created;
        setSession(created);
      })
      .catch((error: unknown) => {
        if (!disposed) setOpenError(error);
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
          <div class="nd-workspace__bar">
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
            <DraftEditor session={current()} />
          </Show>
        </div>
      )}
    </Show>
  );
}
