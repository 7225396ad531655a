import { For, Match, Switch, createResource } from 'solid-js';
import { fetchClauseHistory } from '../../api/clause-history';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingState } from '../../components/loading-state';
import { formatDateTime, translate } from '../../i18n/translate';
import type { ClauseAtCursor } from './clause-at-cursor';

interface ClauseHistoryPanelProps {
  standardId: string;
  clause: ClauseAtCursor;
  onClose: () => void;
}

/** Who edited one clause and when, newest first. */
export function ClauseHistoryPanel(props: ClauseHistoryPanelProps) {
  const [entries, { refetch }] = createResource(
    () => ({ standardId: props.standardId, clauseId: props.clause.id }),
    (source) => fetchClauseHistory(source.standardId, source.clauseId),
  );
  const newestFirst = () => [...(entries() ?? [])].sort((first, second) => second.editedAt.localeCompare(first.editedAt));

  return (
    <section class="nd-clause-history" data-testid="clause-history-panel" data-clause-id={props.clause.id} aria-labelledby="clause-history-heading">
      <header class="nd-clause-history__header">
        <h2 id="clause-history-heading">{translate('clauseHistoryTitle', { clause: props.clause.name || translate('outlineUntitled') })}</h2>
        <button type="button" class="nd-button nd-button--quiet" data-testid="clause-history-close" aria-label={translate('dialogClose')} onClick={() => props.onClose()}>
          ×
        </button>
      </header>
      <Switch fallback={<LoadingState />}>
        <Match when={entries.state === 'errored'}>
          <ErrorNotice error={entries.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={entries.state === 'ready' && newestFirst().length === 0}>
          <p class="nd-muted" data-testid="clause-history-empty">
            {translate('clauseHistoryEmpty')}
          </p>
        </Match>
        <Match when={entries.state === 'ready'}>
          <ol class="nd-clause-history__list">
            <For each={newestFirst()}>
              {(entry) => (
                <li class="nd-clause-history__entry" data-testid="history-entry" data-user-id={entry.user.id}>
                  <span class="nd-clause-history__who">{translate('clauseHistoryEditedBy', { name: entry.user.displayName })}</span>
                  <time class="nd-clause-history__when" datetime={entry.editedAt}>
                    {formatDateTime(entry.editedAt)}
                  </time>
                </li>
              )}
            </For>
          </ol>
        </Match>
      </Switch>
    </section>
  );
}
