import { Show, createSignal } from 'solid-js';
import type { CommentPeriod } from '../../../shared/api/comments';
import { closeCommentPeriod } from '../../api/comment-periods';
import { translate } from '../../i18n/translate';
import { ConfirmDialog } from '../confirm-dialog';
import { ErrorNotice } from '../error-notice';
import { TextAreaField } from '../text-area-field';

const longestReason = 1000;

interface ClosePeriodDialogProps {
  period: CommentPeriod;
  onClosed: () => void;
  onClose: () => void;
}

/** Ends a period before its end date; the reason is recorded and shown to commenters. */
export function ClosePeriodDialog(props: ClosePeriodDialogProps) {
  const [reason, setReason] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();

  async function confirm(): Promise<void> {
    const text = reason().trim();
    if (text === '') return void setProblem(translate('closePeriodReasonRule'));
    if (text.length > longestReason) return void setProblem(translate('closePeriodReasonTooLong', { count: String(longestReason) }));
    setProblem(null);
    setBusy(true);
    setFailure(undefined);
    try {
      await closeCommentPeriod(props.period.id, text);
      props.onClosed();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={translate('closePeriodTitle', { name: props.period.versionName })}
      testId="close-period-dialog"
      confirmTestId="close-period-confirm"
      confirmLabel={translate('closePeriodConfirm')}
      busy={busy()}
      onConfirm={() => void confirm()}
      onClose={props.onClose}
    >
      <p>{translate('closePeriodExplanation')}</p>
      <TextAreaField label={translate('closePeriodReasonLabel')} rows={3} value={reason()} onValueChange={(text) => (setReason(text), setProblem(null))} testId="close-period-reason" error={problem()} />
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
    </ConfirmDialog>
  );
}
