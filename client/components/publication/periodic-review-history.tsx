import { For, Show } from 'solid-js';
import type { Edition, PeriodicReview } from '../../../shared/api/publications';
import { formatDate, translate } from '../../i18n/translate';
import { conclusionName } from './publication-names';

/** The concluded 复审 of the standard, newest first. */
export function PeriodicReviewHistory(props: { reviews: readonly PeriodicReview[]; editions: readonly Edition[] }) {
  const concluded = () => props.reviews.filter((review) => review.conclusion !== null);
  const numberOf = (publicationId: string) => props.editions.find((edition) => edition.id === publicationId)?.number ?? '';
  return (
    <Show when={concluded().length > 0}>
      <div class="nd-periodic-review-history" data-testid="periodic-review-history">
        <h3>{translate('periodicReviewHistory')}</h3>
        <ul>
          <For each={concluded()}>
            {(review) => (
              <li data-testid="periodic-review-concluded" data-conclusion={review.conclusion ?? ''}>
                <strong>{numberOf(review.publicationId)}</strong>{' '}
                {translate('periodicReviewConcluded', {
                  conclusion: review.conclusion ? conclusionName(review.conclusion) : '',
                  note: review.conclusionNote ?? '',
                  name: review.concludedBy?.displayName ?? '',
                  date: review.concludedAt ? formatDate(review.concludedAt) : '',
                })}
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
