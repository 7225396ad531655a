import { A } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import type { Review } from '../../../shared/api/reviews';
import { publishReviewMaterials, reviewCommentTableAddress } from '../../api/reviews';
import { formatDateTime, translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from './review-action';
import { ReviewAttachments } from './review-attachments';
import { ReviewDocument } from './review-document';
import { reviewStatementAddress } from '../../api/explanatory-statements';
import { ExplanatoryStatementDownloads } from '../explanatory-statement/explanatory-statement-downloads';

const aDay = 24 * 60 * 60 * 1000;

/** Whether publishing now leaves less than the rule set's notice before the meeting. */
function noticeWouldBeShort(review: Review): boolean {
  if (review.startsAt === null) return false;
  return Date.parse(review.startsAt) - Date.now() < review.ruleSet.noticePeriodDays * aDay;
}

/** What the panel reads: the 送审稿 with its hash, the comment table and the attached files; the secretariat publishes them. */
export function ReviewMaterials(props: { review: Review; onChanged: (review: Review) => void; onReload: () => void }) {
  const action = createReviewAction();
  const [reading, setReading] = createSignal(false);
  const materials = () => props.review.materials;
  async function publish(): Promise<void> {
    const done = await action.track(publishReviewMaterials(props.review.id));
    if (done) props.onChanged(done.result);
  }
  const published = () => materials().publishedAt !== null;
  // Members of the working group read every version on the standard's own pages; the panel reads it here.
  const versionAddress = () => `/standards/${encodeURIComponent(props.review.standardId)}/versions/${encodeURIComponent(props.review.version.id)}`;
  const readsStandard = () => props.review.myAccess.manage || props.review.myAccess.answerOpinions;

  return (
    <section class="nd-review-section" aria-labelledby="review-materials-heading" data-testid="review-materials" data-published={published() ? 'true' : 'false'}>
      <h2 id="review-materials-heading">{translate('materialsHeading')}</h2>
      <Show
        when={published()}
        fallback={
          <>
            <p class="nd-muted" data-testid="materials-not-published">
              {translate(props.review.myAccess.manage ? 'materialsNotPublishedSecretariat' : 'materialsNotPublishedPanel')}
            </p>
            <Show when={props.review.myAccess.manage}>
              <Show when={noticeWouldBeShort(props.review)}>
                <p class="nd-notice nd-notice--warning" data-testid="materials-notice-warning">
                  {translate('materialsNoticeWillBeShort', { days: props.review.ruleSet.noticePeriodDays })}
                </p>
              </Show>
              <button type="button" class="nd-button nd-button--primary" disabled={action.busy()} onClick={() => void publish()} data-testid="publish-materials">
                {translate('materialsPublish')}
              </button>
            </Show>
          </>
        }
      >
        <p data-testid="materials-published">{translate('materialsPublishedAt', { date: formatDateTime(materials().publishedAt ?? '') })}</p>
        <Show when={materials().noticeTooShort}>
          <p class="nd-notice nd-notice--warning" role="alert" data-testid="materials-notice-too-short">
            {translate('materialsNoticeTooShort', { days: props.review.ruleSet.noticePeriodDays })}
          </p>
        </Show>
        <dl class="nd-review-facts">
          <dt>{translate('materialsVersionHash')}</dt>
          <dd class="nd-review-hash" data-testid="materials-version-hash">
            {materials().versionHash}
          </dd>
          <dt>{translate('materialsCheckpointHash')}</dt>
          <dd class="nd-review-hash" data-testid="materials-checkpoint-hash">
            {materials().checkpointHash ?? translate('materialsNoCheckpoint')}
          </dd>
        </dl>
        <p class="nd-muted">{translate('materialsHashExplanation')}</p>
      </Show>
      <Show when={published() || readsStandard()}>
        <div class="nd-review-actions">
          <button type="button" class="nd-button" aria-expanded={reading()} onClick={() => setReading(!reading())} data-testid="read-review-document">
            {reading() ? translate('materialsHideDocument') : translate('materialsReadDocument', { name: props.review.version.name })}
          </button>
          <Show when={readsStandard()}>
            <A href={versionAddress()} class="nd-button" data-testid="review-version-page">
              {translate('materialsVersionPage')}
            </A>
          </Show>
          <a class="nd-button" href={reviewCommentTableAddress(props.review.id, 'docx')} download="" data-testid="review-comment-table-docx">
            {translate('materialsCommentTableWord')}
          </a>
          <a class="nd-button" href={reviewCommentTableAddress(props.review.id, 'xlsx')} download="" data-testid="review-comment-table-xlsx">
            {translate('materialsCommentTableExcel')}
          </a>
        </div>
        <ExplanatoryStatementDownloads label={translate('explanatoryStatementInMaterials')} addressOf={(format) => reviewStatementAddress(props.review.id, format)} />
        <Show when={reading()}>
          <ReviewDocument reviewId={props.review.id} />
        </Show>
        <ReviewAttachments review={props.review} onUploaded={props.onReload} />
      </Show>
      <Show when={action.failure() !== undefined}>
        <ErrorNotice error={action.failure()} />
      </Show>
    </section>
  );
}
