import { A } from '@solidjs/router';
import { Show, createResource } from 'solid-js';
import { fetchCommentDashboard } from '../../api/dispositions';
import { translate } from '../../i18n/translate';
import './dispositions.css';

export function commentDashboardAddress(standardId: string): string {
  return `/standards/${encodeURIComponent(standardId)}/comments/dashboard`;
}

/** "N 条意见未处理 → 查看": shown once the standard has had a comment period. */
export function CommentDashboardLink(props: { standardId: string }) {
  const [dashboard] = createResource(() => props.standardId, fetchCommentDashboard);
  const period = () => (dashboard.latest?.periodId ? dashboard.latest : undefined);
  return (
    <Show when={period()}>
      {(current) => (
        <p class="nd-dashboard-link" classList={{ 'nd-dashboard-link--blocking': current().blocking.length > 0 }} data-testid="comment-dashboard-link-notice">
          <span data-testid="comment-dashboard-link-count">
            {current().blocking.length > 0
              ? translate('dashboardLinkBlocking', { count: current().blocking.length })
              : translate('dashboardLinkSettled', { count: current().total })}
          </span>{' '}
          <A href={commentDashboardAddress(props.standardId)} data-testid="comment-dashboard-link">
            {translate('dashboardLinkView')}
          </A>
        </p>
      )}
    </Show>
  );
}
