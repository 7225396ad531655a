import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { roleCanEditDraft } from '../../shared/domain/roles';
import { CommentDashboard } from '../components/dispositions/comment-dashboard';
import { StandardLoader } from '../components/standard-loader';
import { StandardNavigation } from '../components/standard-navigation';
import { translate } from '../i18n/translate';

function DashboardOfStandard(props: { standard: Standard }) {
  const canDecide = () => props.standard.myRole !== null && roleCanEditDraft(props.standard.myRole);
  return (
    <div class="nd-comment-dashboard-page">
      <StandardNavigation standardId={props.standard.id} />
      <h1>{translate('dashboardTitle', { title: props.standard.title })}</h1>
      <p class="nd-muted">
        {translate('dashboardExplanation')}{' '}
        <A href={`/standards/${encodeURIComponent(props.standard.id)}/comments`} data-testid="dashboard-comments-link">
          {translate('dashboardCommentsLink')}
        </A>
      </p>
      <CommentDashboard standardId={props.standard.id} canDecide={canDecide()} />
    </div>
  );
}

/** The working group's overview of how the comments of the latest period were handled. */
export function CommentDashboardPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => <StandardLoader standardId={standardId}>{(standard) => <DashboardOfStandard standard={standard()} />}</StandardLoader>}
    </Show>
  );
}
