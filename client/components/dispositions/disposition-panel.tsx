import { useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { Disposition } from '../../../shared/api/dispositions';
import { fetchDispositionHistory } from '../../api/dispositions';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { DispositionForm } from './disposition-form';
import { DispositionHistory } from './disposition-history';
import './dispositions.css';

interface DispositionPanelProps {
  commentId: string;
  withdrawn: boolean;
  /** Members who edit the draft decide; everyone else in the working group reads. */
  canDecide: boolean;
  /** Defaults to the standard of the page (`/standards/:id/…`), for the clause and version pickers. */
  standardId?: string;
  onRecorded?: (disposition: Disposition) => void;
}

/** The working group's record of what was decided about one comment, and the form to decide or change it. */
export function DispositionPanel(props: DispositionPanelProps) {
  const parameters = useParams();
  const standardId = () => props.standardId ?? parameters.id;
  const [history, { refetch, mutate }] = createResource(() => props.commentId, fetchDispositionHistory);
  const [deciding, setDeciding] = createSignal(false);
  const [justRecorded, setJustRecorded] = createSignal(false);
  const dispositions = () => history.latest?.dispositions ?? [];
  const current = () => dispositions().at(-1) ?? null;

  function recorded(disposition: Disposition): void {
    mutate((previous) => ({ dispositions: [...(previous?.dispositions ?? []), disposition], reactions: previous?.reactions ?? [] }));
    setDeciding(false);
    setJustRecorded(true);
    props.onRecorded?.(disposition);
  }

  function startDeciding(): void {
    setJustRecorded(false);
    setDeciding(true);
  }

  return (
    <section class="nd-disposition-panel" data-testid="disposition-panel" data-decision={current()?.decision ?? 'none'}>
      <h4 class="nd-disposition-panel__heading">{translate('dispositionHeading')}</h4>
      <Switch fallback={<p class="nd-muted">{translate('loading')}</p>}>
        <Match when={history.error !== undefined}>
          <ErrorNotice error={history.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={history.latest}>
          {(loaded) => (
            <>
              <Show when={props.withdrawn}>
                <p class="nd-muted" data-testid="disposition-withdrawn">
                  {translate('dispositionWithdrawnComment')}
                </p>
              </Show>
              <Show
                when={loaded().dispositions.length > 0}
                fallback={
                  <Show when={!props.withdrawn && !deciding()}>
                    <p class="nd-empty nd-disposition-panel__empty" data-testid="disposition-empty">
                      {translate(props.canDecide ? 'dispositionEmptyDecide' : 'dispositionEmptyRead')}
                    </p>
                  </Show>
                }
              >
                <DispositionHistory dispositions={loaded().dispositions} reactions={loaded().reactions} standardId={standardId()} byCommenter={false} />
              </Show>
              <Show when={justRecorded()}>
                <p class="nd-notice nd-notice--success" role="status" data-testid="disposition-recorded">
                  {translate('dispositionRecorded')}
                </p>
              </Show>
              <Show when={props.canDecide && !props.withdrawn}>
                <Show
                  when={deciding()}
                  fallback={
                    <button type="button" class="nd-button" data-testid="disposition-start" onClick={startDeciding}>
                      {translate(current() === null ? 'dispositionStart' : 'dispositionStartChange')}
                    </button>
                  }
                >
                  <DispositionForm
                    commentId={props.commentId}
                    standardId={standardId()}
                    current={current()}
                    onRecorded={recorded}
                    onCancel={() => setDeciding(false)}
                  />
                </Show>
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
