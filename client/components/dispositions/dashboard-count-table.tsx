import { For } from 'solid-js';
import type { CommentDashboard } from '../../../shared/api/dispositions';
import { translate } from '../../i18n/translate';

interface DashboardCountTableProps {
  caption: string;
  keyHeading: string;
  counts: CommentDashboard['byType'];
  keyName: (key: string) => string;
  testId: string;
}

/** One row per type or organisation: how many comments, and how many still lack a final decision. */
export function DashboardCountTable(props: DashboardCountTableProps) {
  return (
    <table class="nd-table nd-dashboard-table" data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.keyHeading}</th>
          <th scope="col" class="nd-dashboard-table__number">
            {translate('dashboardTotalColumn')}
          </th>
          <th scope="col" class="nd-dashboard-table__number">
            {translate('dashboardOpenColumn')}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.counts}>
          {(count) => (
            <tr data-testid="dashboard-count-row" data-key={count.key}>
              <th scope="row">{props.keyName(count.key)}</th>
              <td class="nd-dashboard-table__number" data-testid="dashboard-count-total">
                {count.total}
              </td>
              <td class="nd-dashboard-table__number" classList={{ 'nd-dashboard-table__open': count.open > 0 }} data-testid="dashboard-count-open">
                {count.open}
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
