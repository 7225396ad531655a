import { For, Match, Switch, createResource } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { listStandardFeedback } from '../api/feedback';
import { ErrorNotice } from '../components/error-notice';
import { FeedbackAnswerForm } from '../components/feedback/feedback-answer-form';
import { FeedbackCounts } from '../components/feedback/feedback-counts';
import { FeedbackItem } from '../components/feedback/feedback-item';
import { LoadingState } from '../components/loading-state';
import { SecretariatStandardPage } from '../components/feedback/secretariat-standard-page';
import { translate } from '../i18n/translate';
import '../components/feedback/feedback.css';

function StandardFeedback(props: { standard: Standard }) {
  const [list, { refetch }] = createResource(() => props.standard.id, listStandardFeedback);
  return (
    <Switch fallback={<LoadingState />}>
      <Match when={list.state === 'errored'}>
        <ErrorNotice error={list.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={list()?.feedback.length === 0}>
        <p class="nd-empty" data-testid="standard-feedback-empty">
          {translate('standardFeedbackEmpty')}
        </p>
      </Match>
      <Match when={list()}>
        {(loaded) => (
          <>
            <section class="nd-feedback-section">
              <h2>{translate('feedbackCountsHeading')}</h2>
              <FeedbackCounts counts={loaded().counts} />
            </section>
            <ul class="nd-feedback-list" data-testid="standard-feedback-list">
              <For each={loaded().feedback}>
                {(item) => (
                  <FeedbackItem feedback={item}>
                    <FeedbackAnswerForm standardId={props.standard.id} feedbackId={item.id} onAnswered={() => void refetch()} />
                  </FeedbackItem>
                )}
              </For>
            </ul>
          </>
        )}
      </Match>
    </Switch>
  );
}

/** `/standards/:id/feedback`: the implementation feedback on the standard's published editions, for the secretariat. */
export function StandardFeedbackPage() {
  return (
    <SecretariatStandardPage title={(standard) => translate('standardFeedbackTitle', { title: standard.title })} onlySecretariat={translate('standardFeedbackOnlySecretariat')}>
      {(standard) => <StandardFeedback standard={standard} />}
    </SecretariatStandardPage>
  );
}
