import { Show } from 'solid-js';
import type { CommentPeriod } from '../../../shared/api/comments';
import { formatDate, translate } from '../../i18n/translate';

function heading(period: CommentPeriod): string {
  return period.standardNumber === null
    ? translate('commentPeriodHeading', { title: period.standardTitle })
    : translate('commentPeriodHeadingNumbered', { number: period.standardNumber, title: period.standardTitle });
}

/** The standard with its number, the version under comment, the dates and whether comments are still accepted. */
export function CommentPeriodHeader(props: { period: CommentPeriod }) {
  // The version is usually called 征求意见稿 itself; the heading already says so, so only another name is shown.
  const otherVersionName = () => (props.period.versionName.trim() === '征求意见稿' ? null : props.period.versionName);
  return (
    <header class="nd-comment-period-header" data-testid="comment-period-header" data-open={String(props.period.isOpen)}>
      <h1 data-testid="comment-period-heading">{heading(props.period)}</h1>
      <p>
        <Show when={otherVersionName()}>
          {(name) => (
            <>
              <span data-testid="comment-period-version">{translate('commentPeriodVersion', { name: name() })}</span>{' '}
            </>
          )}
        </Show>
        <span class="nd-comment-period-state" classList={{ 'nd-comment-period-state--closed': !props.period.isOpen }} data-testid="comment-period-state">
          {translate(props.period.isOpen ? 'commentPeriodOpen' : props.period.closedEarly ? 'commentPeriodClosedEarly' : 'commentPeriodClosed')}
        </span>
      </p>
      <Show when={props.period.closedEarly}>
        {(closure) => (
          <p class="nd-notice" data-testid="comment-period-closure">
            {translate('commentPeriodClosedEarlyOn', { date: formatDate(closure().closedAt), scheduled: formatDate(closure().scheduledEndsAt), reason: closure().reason })}
          </p>
        )}
      </Show>
      <p class="nd-muted">
        {translate('commentPeriodDates', { starts: formatDate(props.period.startsAt), ends: formatDate(props.period.endsAt) })}
      </p>
    </header>
  );
}
