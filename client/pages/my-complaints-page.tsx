import { A } from '@solidjs/router';
import { For, Match, Switch, createResource } from 'solid-js';
import { listMyComplaints } from '../api/complaints';
import { ComplaintCard } from '../components/complaints/complaint-card';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { translate } from '../i18n/translate';
import '../components/feedback/feedback.css';

/** `/my/complaints`: my cases, their status, due dates, steps and answers. */
export function MyComplaintsPage() {
  const [complaints, { refetch }] = createResource(listMyComplaints);
  return (
    <div class="nd-feedback-page">
      <nav class="nd-breadcrumbs">
        <A href="/my/feedback">{translate('myFeedbackLink')}</A>
        <A href="/">{translate('backToList')}</A>
      </nav>
      <h1>{translate('myComplaintsTitle')}</h1>
      <Switch fallback={<LoadingState />}>
        <Match when={complaints.state === 'errored'}>
          <ErrorNotice error={complaints.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={complaints()?.length === 0}>
          <p class="nd-empty" data-testid="my-complaints-empty">
            {translate('myComplaintsEmpty')}
          </p>
        </Match>
        <Match when={complaints()}>
          {(list) => (
            <ul class="nd-feedback-list" data-testid="my-complaint-list">
              <For each={list()}>{(complaint) => <ComplaintCard complaint={complaint} showStandard />}</For>
            </ul>
          )}
        </Match>
      </Switch>
    </div>
  );
}
