import { Match, Show, Switch, createResource } from 'solid-js';
import type { Stage } from '../../../shared/domain/stages';
import { fetchPublications } from '../../api/publications';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { LoadingState } from '../loading-state';
import { EditionList } from './edition-list';
import { NumberForm } from './number-form';
import { PeriodicReviewConclusionForm } from './periodic-review-conclusion-form';
import { PeriodicReviewHistory } from './periodic-review-history';
import { PeriodicReviewStart } from './periodic-review-start';
import './publication.css';

interface PublicationPanelProps {
  standardId: string;
  stage: Stage;
  /** Something changed the stage or its gates: the stage overview reloads. */
  onChanged: () => void;
}

/** 编号 in 批准, the editions once there are any, and the 复审 of the edition in force. */
export function PublicationPanel(props: PublicationPanelProps) {
  const [publications, { refetch }] = createResource(() => ({ standardId: props.standardId, stage: props.stage }), ({ standardId }) => fetchPublications(standardId));
  const loaded = () => (publications.state === 'ready' || publications.state === 'refreshing' ? publications() : undefined);
  const changed = () => {
    void refetch();
    props.onChanged();
  };
  const current = () => loaded()?.editions.find((edition) => edition.status === 'current');
  const openReview = () => loaded()?.periodicReviews.find((review) => review.conclusion === null);

  return (
    <section class="nd-publication" aria-labelledby="publication-heading" data-testid="publication-panel">
      <h2 id="publication-heading">{translate('publicationPanelHeading')}</h2>
      <Switch fallback={<LoadingState />}>
        <Match when={publications.state === 'errored'}>
          <ErrorNotice error={publications.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={loaded()}>
          {(list) => (
            <>
              <Show when={props.stage === 'approval'}>
                <NumberForm standardId={props.standardId} canManage={list().canManage} assigned={list().editions.find((edition) => edition.status === null) ?? null} onAssigned={changed} />
              </Show>
              <EditionList standardId={props.standardId} editions={list().editions} canDownload={list().canManage} />
              <Show when={props.stage === 'published' && list().canManage ? current() : undefined}>
                {(edition) => <PeriodicReviewStart standardId={props.standardId} edition={edition()} onStarted={changed} />}
              </Show>
              <Show when={props.stage === 'periodic_review' ? openReview() : undefined}>
                {(review) => (
                  <Show when={list().canManage} fallback={<p class="nd-muted">{translate('periodicReviewOnlySecretariat')}</p>}>
                    <PeriodicReviewConclusionForm standardId={props.standardId} review={review()} editions={list().editions} onConcluded={changed} />
                  </Show>
                )}
              </Show>
              <PeriodicReviewHistory reviews={list().periodicReviews} editions={list().editions} />
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
