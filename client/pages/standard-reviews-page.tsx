import { A, useNavigate, useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { listStandardReviews } from '../api/reviews';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { CreateReviewForm } from '../components/reviews/create-review-form';
import { ReviewList, reviewAddress } from '../components/reviews/review-list';
import { StandardLoader } from '../components/standard-loader';
import { StandardNavigation } from '../components/standard-navigation';
import { stageName } from '../i18n/domain-names';
import { translate } from '../i18n/translate';
import '../components/reviews/reviews.css';

function StandardReviews(props: { standard: Standard }) {
  const navigate = useNavigate();
  const [reviews, { refetch }] = createResource(() => props.standard.id, listStandardReviews);
  const isSecretariat = () => props.standard.myRole === 'secretariat';
  const inTechnicalReview = () => props.standard.stage === 'technical_review';
  const stagesAddress = () => `/standards/${encodeURIComponent(props.standard.id)}/stages`;

  return (
    <div class="nd-reviews-page">
      <StandardNavigation standardId={props.standard.id} />
      <h1>{translate('reviewsTitle', { title: props.standard.title })}</h1>
      <section class="nd-review-section" aria-labelledby="review-list-heading">
        <h2 id="review-list-heading">{translate('reviewsListHeading')}</h2>
        <Switch fallback={<LoadingState />}>
          <Match when={reviews.state === 'errored'}>
            <ErrorNotice error={reviews.error} onRetry={() => void refetch()} />
          </Match>
          <Match when={reviews()?.length === 0}>
            <p class="nd-empty" data-testid="reviews-empty">
              {translate('reviewsEmpty')}
            </p>
          </Match>
          <Match when={reviews()}>{(list) => <ReviewList reviews={list()} testId="review-list" />}</Match>
        </Switch>
      </section>
      <Show when={isSecretariat()}>
        <section class="nd-review-section" aria-labelledby="create-review-heading">
          <h2 id="create-review-heading">{translate('createReviewHeading')}</h2>
          <Show
            when={inTechnicalReview()}
            fallback={
              <p class="nd-notice" data-testid="create-review-wrong-stage">
                {translate('createReviewWrongStage', { stage: stageName(props.standard.stage) })} <A href={stagesAddress()}>{translate('stagesLink')}</A>
              </p>
            }
          >
            <p class="nd-muted">{translate('createReviewExplanation')}</p>
            <CreateReviewForm standardId={props.standard.id} onCreated={(review) => navigate(reviewAddress(review.id))} />
          </Show>
        </section>
      </Show>
    </div>
  );
}

/** A standard's technical reviews, and for the secretariat the form that sets one up. */
export function StandardReviewsPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => <StandardLoader standardId={standardId}>{(standard) => <StandardReviews standard={standard()} />}</StandardLoader>}
    </Show>
  );
}
