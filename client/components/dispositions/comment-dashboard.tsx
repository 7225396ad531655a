import { A } from '@solidjs/router';
import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { CommentDashboard as Dashboard } from '../../../shared/api/dispositions';
import { fetchCommentDashboard } from '../../api/dispositions';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { LoadingState } from '../loading-state';
import { BlockingCommentList } from './blocking-comment-list';
import { commentTypeKeyName } from './comment-type-key-name';
import { DashboardCountTable } from './dashboard-count-table';
import { DashboardStatusChart } from './dashboard-status-chart';
import './dispositions.css';

function finalCount(dashboard: Dashboard): number {
  return dashboard.byStatus
    .filter((entry) => entry.status === 'accepted' || entry.status === 'partially_accepted' || entry.status === 'not_accepted')
    .reduce((sum, entry) => sum + entry.count, 0);
}

function Figure(props: { label: string; value: number; testId: string; tone?: 'warning' | 'success' | 'danger' }) {
  return (
    <div class={`nd-dashboard-figure${props.tone ? ` nd-dashboard-figure--${props.tone}` : ''}`} data-testid={props.testId}>
      <span class="nd-dashboard-figure__value" data-testid={`${props.testId}-value`}>
        {props.value}
      </span>
      <span class="nd-dashboard-figure__label">{props.label}</span>
    </div>
  );
}

function DashboardBody(props: { standardId: string; dashboard: Dashboard; canDecide: boolean; onChanged: () => void }) {
  const base = () => `/standards/${encodeURIComponent(props.standardId)}`;
  const unanswered = () => Math.max(0, finalCount(props.dashboard) - props.dashboard.reactions.satisfied - props.dashboard.reactions.notSatisfied);
  const organisationName = (key: string) => (key === '' ? translate('dashboardOrganisationUnknown') : key);

  return (
    <Show
      when={props.dashboard.total > 0}
      fallback={
        <p class="nd-empty" data-testid="dashboard-no-comments">
          {translate('dashboardNoComments')} <A href={`${base()}/versions`}>{translate('dashboardVersionsLink')}</A>
        </p>
      }
    >
      <div class="nd-dashboard-figures">
        <Figure label={translate('dashboardFigureTotal')} value={props.dashboard.total} testId="dashboard-total" />
        <Figure label={translate('dashboardFigureBlocking')} value={props.dashboard.blocking.length} testId="dashboard-blocking-count" tone={props.dashboard.blocking.length > 0 ? 'warning' : 'success'} />
        <Figure label={translate('dashboardFigureSatisfied')} value={props.dashboard.reactions.satisfied} testId="dashboard-satisfied" tone="success" />
        <Figure label={translate('dashboardFigureNotSatisfied')} value={props.dashboard.reactions.notSatisfied} testId="dashboard-not-satisfied" tone="danger" />
        <Figure label={translate('dashboardFigureUnanswered')} value={unanswered()} testId="dashboard-unanswered" />
      </div>
      <div class="nd-dashboard-grid">
        <DashboardStatusChart dashboard={props.dashboard} />
        <DashboardCountTable
          caption={translate('dashboardByType')}
          keyHeading={translate('commentTypeColumn')}
          counts={props.dashboard.byType}
          keyName={commentTypeKeyName}
          testId="dashboard-by-type"
        />
        <DashboardCountTable
          caption={translate('dashboardByOrganisation')}
          keyHeading={translate('commentOrganisationColumn')}
          counts={props.dashboard.byOrganisation}
          keyName={organisationName}
          testId="dashboard-by-organisation"
        />
      </div>
      <section class="nd-dashboard-blocking" aria-labelledby="dashboard-blocking-heading">
        <h2 id="dashboard-blocking-heading">{translate('dashboardBlockingHeading', { count: props.dashboard.blocking.length })}</h2>
        <Show
          when={props.dashboard.blocking.length > 0}
          fallback={
            <p class="nd-empty" data-testid="dashboard-blocking-empty">
              {translate('dashboardBlockingEmpty')} <A href={`${base()}/stages`}>{translate('dashboardStagesLink')}</A>
            </p>
          }
        >
          <p class="nd-muted">{translate('dashboardBlockingExplanation')}</p>
          <BlockingCommentList standardId={props.standardId} comments={props.dashboard.blocking} canDecide={props.canDecide} onRecorded={() => props.onChanged()} />
        </Show>
      </section>
    </Show>
  );
}

/** The latest comment period at a glance: counts by status, type and organisation, answers, and what still blocks 技术审查. */
export function CommentDashboard(props: { standardId: string; canDecide: boolean }) {
  const [dashboard, { refetch }] = createResource(() => props.standardId, fetchCommentDashboard);
  const [updated, setUpdated] = createSignal(false);
  const loaded = () => (dashboard.state === 'ready' || dashboard.state === 'refreshing' ? dashboard.latest : undefined);

  function changed(): void {
    setUpdated(true);
    void refetch();
  }

  return (
    <Switch fallback={<LoadingState />}>
      <Match when={dashboard.state === 'errored'}>
        <ErrorNotice error={dashboard.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={loaded()}>
        {(current) => (
          <div class="nd-dashboard" data-testid="comment-dashboard">
            <Show
              when={current().periodId !== null}
              fallback={
                <p class="nd-empty" data-testid="dashboard-no-period">
                  {translate('dashboardNoPeriod')}{' '}
                  <A href={`/standards/${encodeURIComponent(props.standardId)}/versions`}>{translate('dashboardVersionsLink')}</A>
                </p>
              }
            >
              <Show when={updated()}>
                <p class="nd-notice nd-notice--success" role="status" data-testid="dashboard-updated">
                  {translate('dashboardUpdated')}
                </p>
              </Show>
              <DashboardBody standardId={props.standardId} dashboard={current()} canDecide={props.canDecide} onChanged={changed} />
            </Show>
          </div>
        )}
      </Match>
    </Switch>
  );
}
