import { useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createResource } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { listStandardComplaints } from '../api/complaints';
import { ComplaintCard } from '../components/complaints/complaint-card';
import { ComplaintStepForm } from '../components/complaints/complaint-step-form';
import { ErrorNotice } from '../components/error-notice';
import { PublishedEditionAddresses } from '../components/feedback/published-edition-addresses';
import { LoadingState } from '../components/loading-state';
import { StandardLoader } from '../components/standard-loader';
import { StandardNavigation } from '../components/standard-navigation';
import { translate } from '../i18n/translate';
import '../components/feedback/feedback.css';

function StandardComplaints(props: { standard: Standard }) {
  const [complaints, { refetch }] = createResource(() => props.standard.id, listStandardComplaints);
  return (
    <Switch fallback={<LoadingState />}>
      <Match when={complaints.state === 'errored'}>
        <ErrorNotice error={complaints.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={complaints()?.length === 0}>
        <p class="nd-empty" data-testid="standard-complaints-empty">
          {translate('standardComplaintsEmpty')}
        </p>
      </Match>
      <Match when={complaints()}>
        {(list) => (
          <ul class="nd-feedback-list" data-testid="standard-complaint-list">
            <For each={list()}>
              {(complaint) => (
                <ComplaintCard complaint={complaint}>
                  <ComplaintStepForm complaint={complaint} onChanged={() => void refetch()} />
                </ComplaintCard>
              )}
            </For>
          </ul>
        )}
      </Match>
    </Switch>
  );
}

/** `/standards/:id/complaints`: the complaints about the standard, with their next step, for the secretariat. */
export function StandardComplaintsPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => (
        <StandardLoader standardId={standardId}>
          {(standard) => (
            <div class="nd-feedback-page">
              <StandardNavigation standardId={standard().id} />
              <h1>{translate('standardComplaintsTitle', { title: standard().title })}</h1>
              <Show when={standard().myRole === 'secretariat'} fallback={<p class="nd-notice">{translate('standardComplaintsOnlySecretariat')}</p>}>
                <PublishedEditionAddresses standardId={standard().id} />
                <StandardComplaints standard={standard()} />
              </Show>
            </div>
          )}
        </StandardLoader>
      )}
    </Show>
  );
}
