import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { CommentDashboardLink } from '../components/dispositions/comment-dashboard-link';
import { LedgerStatus } from '../components/ledger/ledger-status';
import { StageOverviewPanel } from '../components/stages/stage-overview-panel';
import { StandardLoader } from '../components/standard-loader';
import { StandardNavigation } from '../components/standard-navigation';
import { translate } from '../i18n/translate';

export function StagesPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => (
        <StandardLoader standardId={standardId}>
          {(standard) => (
            <div class="nd-stages-page">
              <StandardNavigation standardId={standardId} />
              <h1>{translate('stagesTitle', { title: standard().title })}</h1>
              <CommentDashboardLink standardId={standardId} />
              <Show when={standard().stage === 'technical_review'}>
                <p class="nd-notice" data-testid="stages-reviews-hint">
                  {translate('stagesReviewsHint')} <A href={`/standards/${encodeURIComponent(standardId)}/reviews`}>{translate('reviewsLink')}</A>
                </p>
              </Show>
              <StageOverviewPanel standard={standard()} />
              <LedgerStatus />
            </div>
          )}
        </StandardLoader>
      )}
    </Show>
  );
}
