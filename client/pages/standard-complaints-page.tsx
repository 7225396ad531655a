import { For, Match, Switch, createResource } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { listStandardComplaints } from '../api/complaints';
import { ComplaintCard } from '../components/complaints/complaint-card';
import { ComplaintStepForm } from '../components/complaints/complaint-step-form';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { SecretariatStandardPage } from '../components/feedback/secretariat-standard-page';
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
  return (
    <SecretariatStandardPage title={(standard) => translate('standardComplaintsTitle', { title: standard.title })} onlySecretariat={translate('standardComplaintsOnlySecretariat')}>
      {(standard) => <StandardComplaints standard={standard} />}
    </SecretariatStandardPage>
  );
}
