import { Show, createSignal, createUniqueId } from 'solid-js';
import type { CommentPeriod } from '../../../shared/api/comments';
import type { Version } from '../../../shared/api/versions';
import { openCommentPeriod } from '../../api/comments';
import { translate } from '../../i18n/translate';
import { ConfirmDialog } from '../confirm-dialog';
import { ErrorNotice } from '../error-notice';

const defaultLengthInDays = 30;

function dateInputValue(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The end of the chosen day in the person's time zone, or null when the date is missing or not after now. */
function endOfDay(value: string): string | null {
  const end = new Date(`${value}T23:59:59`);
  if (Number.isNaN(end.getTime()) || end.getTime() <= Date.now()) return null;
  return end.toISOString();
}

export function commentPeriodAddress(periodId: string): string {
  return `/comment-periods/${encodeURIComponent(periodId)}`;
}

interface OpenCommentPeriodDialogProps {
  standardId: string;
  version: Version;
  onClose: () => void;
}

/** Opens a comment period on a frozen version and then shows the link to send to stakeholders. */
export function OpenCommentPeriodDialog(props: OpenCommentPeriodDialogProps) {
  const inputId = createUniqueId();
  const inThirtyDays = new Date(Date.now() + defaultLengthInDays * 24 * 60 * 60 * 1000);
  const [endDate, setEndDate] = createSignal(dateInputValue(inThirtyDays));
  const [dateInvalid, setDateInvalid] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();
  const [opened, setOpened] = createSignal<CommentPeriod | null>(null);
  const link = (period: CommentPeriod) => `${window.location.origin}${commentPeriodAddress(period.id)}`;

  async function confirm(): Promise<void> {
    if (opened()) {
      props.onClose();
      return;
    }
    const endsAt = endOfDay(endDate());
    setDateInvalid(endsAt === null);
    if (endsAt === null) return;
    setBusy(true);
    setFailure(undefined);
    try {
      setOpened(await openCommentPeriod(props.standardId, props.version.id, endsAt));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={translate('openCommentPeriodTitle', { name: props.version.name })}
      testId="open-comment-period-dialog"
      confirmTestId="comment-period-confirm"
      confirmLabel={opened() ? translate('dialogClose') : translate('commentPeriodConfirm')}
      busy={busy()}
      onConfirm={() => void confirm()}
      onClose={props.onClose}
    >
      <Show
        when={opened()}
        fallback={
          <>
            <p>{translate('openCommentPeriodExplanation')}</p>
            <div class="nd-field">
              <label for={inputId}>{translate('commentPeriodEndsLabel')}</label>
              <input
                id={inputId}
                type="date"
                value={endDate()}
                min={dateInputValue(new Date())}
                onInput={(event) => setEndDate(event.currentTarget.value)}
                data-testid="comment-period-ends"
                aria-invalid={dateInvalid() ? 'true' : undefined}
              />
              <Show when={dateInvalid()}>
                <p class="nd-field__error">{translate('commentPeriodEndsRule')}</p>
              </Show>
            </div>
          </>
        }
      >
        {(period) => (
          <p role="status">
            {translate('commentPeriodOpened')}{' '}
            <a href={commentPeriodAddress(period().id)} data-testid="comment-period-link">
              {link(period())}
            </a>
          </p>
        )}
      </Show>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
    </ConfirmDialog>
  );
}
