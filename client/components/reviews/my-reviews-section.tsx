import { Show, createResource } from 'solid-js';
import { listMyReviews } from '../../api/reviews';
import { translate } from '../../i18n/translate';
import { ReviewList } from './review-list';

/** Reviews whose panel names me: panel members are rarely in the working group, so this is where they find them. */
export function MyReviewsSection() {
  const [reviews] = createResource(listMyReviews);
  return (
    <Show when={(reviews()?.length ?? 0) > 0}>
      <section class="nd-my-reviews" aria-labelledby="my-reviews-heading" data-testid="my-reviews">
        <h2 id="my-reviews-heading">{translate('myReviewsHeading')}</h2>
        <p class="nd-muted">{translate('myReviewsExplanation')}</p>
        <ReviewList reviews={reviews() ?? []} showStandard testId="my-review-list" />
      </section>
    </Show>
  );
}
