import { For } from 'solid-js';
import type { CommentDashboard } from '../../../shared/api/dispositions';
import type { DashboardStatus } from '../../i18n/disposition-names';
import { dashboardStatusName } from '../../i18n/disposition-names';
import { translate } from '../../i18n/translate';

const statusOrder: DashboardStatus[] = ['undisposed', 'pending', 'accepted', 'partially_accepted', 'not_accepted', 'withdrawn'];

/** Every status in a fixed order, zero included, with a bar proportional to the share of comments. */
export function DashboardStatusChart(props: { dashboard: CommentDashboard }) {
  const countOf = (status: DashboardStatus) => props.dashboard.byStatus.find((entry) => entry.status === status)?.count ?? 0;
  const share = (status: DashboardStatus) => (props.dashboard.total === 0 ? 0 : (countOf(status) / props.dashboard.total) * 100);

  return (
    <table class="nd-table nd-dashboard-table nd-dashboard-status" data-testid="dashboard-by-status">
      <caption>{translate('dashboardByStatus')}</caption>
      <tbody>
        <For each={statusOrder}>
          {(status) => (
            <tr data-testid="dashboard-status-row" data-status={status}>
              <th scope="row">
                <span class={`nd-decision nd-decision--${status}`}>{dashboardStatusName(status)}</span>
              </th>
              <td class="nd-dashboard-table__number" data-testid="dashboard-status-count">
                {countOf(status)}
              </td>
              <td class="nd-dashboard-status__bar-cell" aria-hidden="true">
                <span class={`nd-dashboard-status__bar nd-dashboard-status__bar--${status}`} style={{ width: `${share(status)}%` }} />
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
