import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { ReviewSummary } from '../../api/reviews';
import { formatDateTime, translate } from '../../i18n/translate';
import { outcomeName, reviewKindName } from './review-names';

export function reviewAddress(reviewId: string): string {
  return `/reviews/${encodeURIComponent(reviewId)}`;
}

/** The meeting's time, or the ballot's close time. */
function whenOf(review: ReviewSummary): string {
  if (review.startsAt) return formatDateTime(review.startsAt);
  if (review.closesAt) return translate('reviewClosesOn', { date: formatDateTime(review.closesAt) });
  return '';
}

/** Reviews as a table: kind, title (a link to the review), date and outcome; optionally the standard. */
export function ReviewList(props: { reviews: ReviewSummary[]; showStandard?: boolean; testId: string }) {
  return (
    <table class="nd-table nd-review-list" data-testid={props.testId}>
      <thead>
        <tr>
          <Show when={props.showStandard}>
            <th scope="col">{translate('reviewStandardColumn')}</th>
          </Show>
          <th scope="col">{translate('reviewKindColumn')}</th>
          <th scope="col">{translate('reviewTitleColumn')}</th>
          <th scope="col">{translate('reviewDateColumn')}</th>
          <th scope="col">{translate('reviewOutcomeColumn')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.reviews}>
          {(review) => (
            <tr data-testid="review-row" data-review-id={review.id}>
              <Show when={props.showStandard}>
                <td>{review.standardTitle}</td>
              </Show>
              <td>{reviewKindName(review.kind)}</td>
              <td>
                <A href={reviewAddress(review.id)} data-testid="review-link">
                  {review.title}
                </A>
                <div class="nd-muted">{translate('reviewOfVersion', { name: review.version.name })}</div>
              </td>
              <td class="nd-review-list__time">{whenOf(review)}</td>
              <td>
                <span class="nd-review-outcome" data-outcome={review.outcome ?? 'pending'}>
                  {review.outcome ? outcomeName(review.outcome) : translate('reviewOutcomePending')}
                </span>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
