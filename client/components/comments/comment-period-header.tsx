import type { CommentPeriod } from '../../../shared/api/comments';
import { formatDate, translate } from '../../i18n/translate';

/** The standard, the version under comment, the dates and whether comments are still accepted. */
export function CommentPeriodHeader(props: { period: CommentPeriod }) {
  return (
    <header class="nd-comment-period-header" data-testid="comment-period-header" data-open={String(props.period.isOpen)}>
      <h1>{props.period.standardTitle}</h1>
      <p>
        {translate('commentPeriodVersion', { name: props.period.versionName })}{' '}
        <span class="nd-comment-period-state" classList={{ 'nd-comment-period-state--closed': !props.period.isOpen }} data-testid="comment-period-state">
          {translate(props.period.isOpen ? 'commentPeriodOpen' : 'commentPeriodClosed')}
        </span>
      </p>
      <p class="nd-muted">
        {translate('commentPeriodDates', { starts: formatDate(props.period.startsAt), ends: formatDate(props.period.endsAt) })}
      </p>
    </header>
  );
}
