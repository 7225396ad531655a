import { A } from '@solidjs/router';
import { For, Match, Show, Switch, createResource } from 'solid-js';
import type { DueReview } from '../../shared/api/publications';
import { fetchDueReviews } from '../api/publications';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { translate } from '../i18n/translate';
import '../components/publication/publication.css';

function dueText(entry: DueReview): string {
  if (entry.daysOverdue > 0) return translate('dueOverdue', { days: entry.daysOverdue });
  if (entry.daysOverdue === 0) return translate('dueToday');
  return translate('dueInDays', { days: -entry.daysOverdue });
}

/** 复审到期: the published standards whose periodic review is due soon or overdue, with their feedback counts. */
export function DueReviewsPage() {
  const [due, { refetch }] = createResource(fetchDueReviews);
  return (
    <div class="nd-due-reviews" data-testid="due-reviews-page">
      <h1>{translate('dueReviewsTitle')}</h1>
      <Switch fallback={<LoadingState />}>
        <Match when={due.state === 'errored'}>
          <ErrorNotice error={due.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={due()}>
          {(list) => (
            <>
              <p class="nd-muted">{translate('dueReviewsExplanation', { days: list().lookAheadDays })}</p>
              <Show when={list().standards.length > 0} fallback={<p class="nd-empty" data-testid="due-reviews-empty">{translate('dueReviewsEmpty', { days: list().lookAheadDays })}</p>}>
                <table class="nd-due-reviews__table">
                  <thead>
                    <tr>
                      <th>{translate('dueColumnNumber')}</th>
                      <th>{translate('dueColumnTitle')}</th>
                      <th>{translate('dueColumnDueOn')}</th>
                      <th>{translate('dueColumnState')}</th>
                      <th>{translate('dueColumnFeedback')}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    <For each={list().standards}>
                      {(entry) => (
                        <tr data-testid="due-review" data-standard-id={entry.standardId}>
                          <td>{entry.number}</td>
                          <td>{entry.title}</td>
                          <td>{entry.reviewDueOn}</td>
                          <td classList={{ 'nd-due-reviews__overdue': entry.daysOverdue > 0 }} data-testid="due-review-state">
                            {dueText(entry)}
                          </td>
                          <td data-testid="due-review-feedback">{entry.feedbackCount}</td>
                          <td>
                            <A href={`/standards/${encodeURIComponent(entry.standardId)}/stages`} data-testid="due-review-open">
                              {translate('dueOpenStages')}
                            </A>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
