import type { Review } from '../../../shared/api/reviews';
import { reviewMinutesAddress } from '../../api/reviews';
import { translate } from '../../i18n/translate';

/** The minutes (会议纪要 / 函审结论) made by the server from the frozen records. */
export function ReviewMinutes(props: { review: Review }) {
  const concluded = () => props.review.outcome !== null;
  const name = () => translate(props.review.kind === 'meeting' ? 'minutesMeeting' : 'minutesCorrespondence');
  return (
    <section class="nd-review-section" aria-labelledby="review-minutes-heading" data-testid="review-minutes">
      <h2 id="review-minutes-heading">{name()}</h2>
      <p class="nd-muted">{translate(concluded() ? 'minutesExplanation' : 'minutesBeforeClose')}</p>
      <div class="nd-review-actions">
        <a class="nd-button" classList={{ 'nd-button--primary': concluded() }} href={reviewMinutesAddress(props.review.id, 'docx')} download="" data-testid="minutes-docx">
          {translate('minutesDownloadWord', { name: name() })}
        </a>
        <a class="nd-button" href={reviewMinutesAddress(props.review.id, 'html')} target="_blank" rel="noopener" data-testid="minutes-html">
          {translate('minutesPrintable')}
        </a>
      </div>
    </section>
  );
}
