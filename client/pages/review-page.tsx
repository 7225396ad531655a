import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch, createEffect, createMemo, createResource, createSignal, onCleanup } from 'solid-js';
import type { Review } from '../../shared/api/reviews';
import { isApiError } from '../api/api-error';
import { fetchReview } from '../api/reviews';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { MotionList } from '../components/reviews/motion-list';
import { ReviewFacts } from '../components/reviews/review-facts';
import { ReviewMaterials } from '../components/reviews/review-materials';
import { ReviewMinutes } from '../components/reviews/review-minutes';
import { outcomeName, reviewKindName } from '../components/reviews/review-names';
import { ReviewOpinions } from '../components/reviews/review-opinions';
import { ReviewPanelSection } from '../components/reviews/review-panel-section';
import { reviewPollInterval } from '../components/reviews/review-polling';
import { translate } from '../i18n/translate';
import '../components/reviews/reviews.css';

function ReviewView(props: { review: Review; onChanged: (review: Review) => void; onReload: () => void; pollFailed: boolean }) {
  const review = () => props.review;
  // The panel usually is not in the working group, so the standard's own pages would answer 404 to them.
  const readsStandard = () => review().myAccess.manage || review().myAccess.answerOpinions || !review().myAccess.panelMember;
  return (
    <div class="nd-review-page" data-testid="review-page" data-review-id={review().id} data-kind={review().kind}>
      <nav class="nd-breadcrumbs">
        <Show when={readsStandard()}>
          <A href={`/standards/${encodeURIComponent(review().standardId)}/reviews`} data-testid="back-to-reviews">
            {translate('backToReviews')}
          </A>
        </Show>
        <A href="/">{translate('backToList')}</A>
      </nav>
      <header class="nd-review-page__head">
        <p class="nd-review-page__standard">{review().standardTitle}</p>
        <h1 data-testid="review-title">{review().title}</h1>
        <div class="nd-review-page__badges">
          <span class="nd-badge">{reviewKindName(review().kind)}</span>
          <span class="nd-review-outcome nd-review-outcome--large" data-outcome={review().outcome ?? 'pending'} data-testid="review-outcome">
            {review().outcome ? outcomeName(review().outcome ?? 'failed') : translate('reviewOutcomePending')}
          </span>
        </div>
      </header>
      <Show when={props.pollFailed}>
        <p class="nd-notice nd-notice--warning" role="status">
          {translate('reviewPollFailed')}
        </p>
      </Show>
      <ReviewFacts review={review()} />
      <ReviewPanelSection review={review()} onChanged={props.onChanged} />
      <ReviewMaterials review={review()} onChanged={props.onChanged} onReload={props.onReload} />
      <MotionList review={review()} onReload={props.onReload} />
      <ReviewOpinions review={review()} onChanged={props.onChanged} />
      <ReviewMinutes review={review()} />
    </div>
  );
}

function LoadedReview(props: { reviewId: string }) {
  const [review, { mutate, refetch }] = createResource(() => props.reviewId, fetchReview);
  const [pollFailed, setPollFailed] = createSignal(false);
  const loaded = () => (review.state === 'ready' || review.state === 'refreshing' ? review() : undefined);
  // A poll replaces the review in place, so the page neither flickers nor loses what someone is typing.
  async function reload(): Promise<void> {
    try {
      mutate(await fetchReview(props.reviewId));
      setPollFailed(false);
    } catch {
      setPollFailed(true);
    }
  }
  const pollInterval = createMemo(() => {
    const current = loaded();
    return current === undefined ? null : reviewPollInterval(current);
  });
  createEffect(() => {
    const interval = pollInterval();
    if (interval === null) return;
    const timer = setInterval(() => void reload(), interval);
    onCleanup(() => clearInterval(timer));
  });
  const missing = () => review.state === 'errored' && isApiError(review.error) && review.error.status === 404;

  return (
    <Switch fallback={<LoadingState />}>
      <Match when={missing()}>
        <section class="nd-notice nd-notice--error nd-unavailable" role="alert" data-testid="review-not-found">
          <p>{translate('reviewNotFound')}</p>
          <A href="/">{translate('backToList')}</A>
        </section>
      </Match>
      <Match when={review.state === 'errored'}>
        <ErrorNotice error={review.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={loaded()}>{(current) => <ReviewView review={current()} onChanged={(changed) => mutate(changed)} onReload={() => void reload()} pollFailed={pollFailed()} />}</Match>
    </Switch>
  );
}

/** One technical review: facts, panel, materials, the votes as they happen, opinions and minutes. */
export function ReviewPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(reviewId) => <LoadedReview reviewId={reviewId} />}
    </Show>
  );
}
