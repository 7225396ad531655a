import { A } from '@solidjs/router';
import { For, Match, Switch, createResource } from 'solid-js';
import { listMyFeedback } from '../api/feedback';
import { ErrorNotice } from '../components/error-notice';
import { FeedbackItem } from '../components/feedback/feedback-item';
import { LoadingState } from '../components/loading-state';
import { translate } from '../i18n/translate';
import '../components/feedback/feedback.css';

/** `/my/feedback`: what I sent on published standards and the secretariat's answers. */
export function MyFeedbackPage() {
  const [feedback, { refetch }] = createResource(listMyFeedback);
  return (
    <div class="nd-feedback-page">
      <nav class="nd-breadcrumbs">
        <A href="/my/complaints">{translate('myComplaintsLink')}</A>
        <A href="/">{translate('backToList')}</A>
      </nav>
      <h1>{translate('myFeedbackTitle')}</h1>
      <Switch fallback={<LoadingState />}>
        <Match when={feedback.state === 'errored'}>
          <ErrorNotice error={feedback.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={feedback()?.length === 0}>
          <p class="nd-empty" data-testid="my-feedback-empty">
            {translate('myFeedbackEmpty')}
          </p>
        </Match>
        <Match when={feedback()}>
          {(list) => (
            <ul class="nd-feedback-list" data-testid="my-feedback-list">
              <For each={list()}>{(item) => <FeedbackItem feedback={item} showStandard />}</For>
            </ul>
          )}
        </Match>
      </Switch>
    </div>
  );
}
