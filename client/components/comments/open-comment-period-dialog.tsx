import { Show, createSignal, createUniqueId } from 'solid-js';
import type { CommentPeriod } from '../../../shared/api/comments';
import type { Version } from '../../../shared/api/versions';
import { openCommentPeriod } from '../../api/comments';
import { translate } from '../../i18n/translate';
import { ConfirmDialog } from '../confirm-dialog';
import { ErrorNotice } from '../error-notice';
import { CopyLinkButton } from '../comment-periods/copy-link-button';
import { dateInputValue, endOfDay } from '../comment-periods/period-dates';
import { parseInvitationLines } from '../invitations/parse-invitation-lines';
import { TextAreaField } from '../text-area-field';

const defaultLengthInDays = 30;

export function commentPeriodAddress(periodId: string): string {
  return `/comment-periods/${encodeURIComponent(periodId)}`;
}

interface OpenCommentPeriodDialogProps {
  standardId: string;
  version: Version;
  /** Called as soon as the period is open, so the page behind shows it before the dialog closes. */
  onOpened?: () => void;
  onClose: () => void;
}

/** Opens a comment period on a frozen version and then shows the link to send to stakeholders. */
export function OpenCommentPeriodDialog(props: OpenCommentPeriodDialogProps) {
  const inputId = createUniqueId();
  const [invitationText, setInvitationText] = createSignal('');
  const invitationProblem = () => {
    const parsed = parseInvitationLines(invitationText());
    if (parsed.tooMany) return translate('invitationListTooLong');
    return parsed.badLines.length > 0 ? translate('invitationListBadLines', { lines: parsed.badLines.join('、') }) : null;
  };
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
    if (endsAt === null || invitationProblem() !== null) return;
    setBusy(true);
    setFailure(undefined);
    try {
      setOpened(await openCommentPeriod(props.standardId, props.version.id, endsAt, parseInvitationLines(invitationText()).invitations));
      props.onOpened?.();
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
      cancelHidden={opened() !== null}
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
            <TextAreaField
              label={translate('invitationListLabel')}
              rows={4}
              value={invitationText()}
              placeholder={translate('invitationListPlaceholder')}
              onValueChange={setInvitationText}
              testId="comment-period-invitations"
              hint={translate('invitationListHint')}
              error={invitationProblem()}
            />
          </>
        }
      >
        {(period) => (
          <p role="status">
            {translate('commentPeriodOpened')}{' '}
            <a href={commentPeriodAddress(period().id)} data-testid="comment-period-link">
              {link(period())}
            </a>{' '}
            <CopyLinkButton link={link(period())} />
          </p>
        )}
      </Show>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
    </ConfirmDialog>
  );
}
