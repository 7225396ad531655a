import { For, Show, createSignal } from 'solid-js';
import { maximumReviewAttachmentBytes, type Review } from '../../../shared/api/reviews';
import { reviewAttachmentContentType, uploadReviewAttachment } from '../../api/review-attachments';
import { reviewAttachmentAddress } from '../../api/reviews';
import { formatDateTime, translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from './review-action';

function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}

/** The attached files (编制说明, test reports), and for the secretariat the upload. */
export function ReviewAttachments(props: { review: Review; onUploaded: () => void }) {
  const action = createReviewAction();
  const [problem, setProblem] = createSignal<string | null>(null);
  const [progress, setProgress] = createSignal<number | null>(null);
  let input: HTMLInputElement | undefined;

  async function upload(file: File): Promise<void> {
    const contentType = reviewAttachmentContentType(file.name);
    if (contentType === null) return void setProblem(translate('attachmentWrongType'));
    if (file.size > maximumReviewAttachmentBytes) return void setProblem(translate('attachmentTooLarge'));
    setProblem(null);
    setProgress(0);
    if (await action.track(uploadReviewAttachment(props.review.id, file, contentType, setProgress))) props.onUploaded();
    setProgress(null);
    if (input) input.value = '';
  }

  return (
    <div class="nd-review-attachments">
      <h3>{translate('attachmentsHeading')}</h3>
      <Show when={props.review.materials.attachments.length > 0} fallback={<p class="nd-muted">{translate('attachmentsEmpty')}</p>}>
        <ul data-testid="attachment-list">
          <For each={props.review.materials.attachments}>
            {(attachment) => (
              <li data-testid="attachment">
                <a href={reviewAttachmentAddress(props.review.id, attachment.id)} download={attachment.filename}>
                  {attachment.filename}
                </a>{' '}
                <span class="nd-muted">
                  {translate('attachmentFacts', { size: sizeInWords(attachment.bytes), date: formatDateTime(attachment.uploadedAt) })}
                </span>
                <div class="nd-review-hash" title={translate('attachmentHashLabel')}>
                  SHA-256 {attachment.sha256}
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.review.myAccess.manage}>
        <label class="nd-button nd-upload-button">
          {translate('attachmentUpload')}
          <input
            ref={input}
            type="file"
            class="nd-visually-hidden"
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
            disabled={action.busy()}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void upload(file);
            }}
            data-testid="attachment-input"
          />
        </label>
        <small class="nd-field__hint">{translate('attachmentHint')}</small>
        <Show when={progress()}>{(share) => <span class="nd-muted">{translate('attachmentUploading', { percent: Math.round(share() * 100) })}</span>}</Show>
        <Show when={problem()}>{(text) => <p class="nd-field__error" role="alert">{text()}</p>}</Show>
        <Show when={action.failure() !== undefined}>
          <ErrorNotice error={action.failure()} />
        </Show>
      </Show>
    </div>
  );
}
