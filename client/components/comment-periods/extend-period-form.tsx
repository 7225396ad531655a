import { Show, createSignal, createUniqueId, untrack } from 'solid-js';
import type { CommentPeriod } from '../../../shared/api/comments';
import { extendCommentPeriod } from '../../api/comment-periods';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { TextField } from '../text-field';
import { dateInputValue, endOfDay } from './period-dates';

interface ExtendPeriodFormProps {
  period: CommentPeriod;
  onExtended: () => void;
}

const aWeek = 7 * 24 * 60 * 60 * 1000;

/** A later end date and the reason for it, which is kept with the period. */
export function ExtendPeriodForm(props: ExtendPeriodFormProps) {
  const dateId = createUniqueId();
  // The suggestion is made once, from the end the period had when the form opened.
  const [endDate, setEndDate] = createSignal(dateInputValue(new Date(Math.max(untrack(() => Date.parse(props.period.endsAt)), Date.now()) + aWeek)));
  const [reason, setReason] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const endsAt = endOfDay(endDate(), new Date(Math.max(Date.parse(props.period.endsAt), Date.now())));
    if (endsAt === null) return void setProblem(translate('extendPeriodDateRule'));
    if (reason().trim() === '') return void setProblem(translate('extendPeriodReasonRule'));
    setProblem(null);
    setBusy(true);
    setFailure(undefined);
    try {
      await extendCommentPeriod(props.period.id, endsAt, reason().trim());
      setReason('');
      props.onExtended();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="nd-inline-form" onSubmit={(event) => void submit(event)} data-testid="extend-period-form">
      <div class="nd-field">
        <label for={dateId}>{translate('extendPeriodDateLabel')}</label>
        <input id={dateId} type="date" value={endDate()} onInput={(event) => setEndDate(event.currentTarget.value)} data-testid="extend-period-date" />
      </div>
      <TextField label={translate('extendPeriodReasonLabel')} value={reason()} onValueChange={setReason} testId="extend-period-reason" />
      <button type="submit" class="nd-button" disabled={busy()} data-testid="extend-period-submit">
        {translate('extendPeriodSubmit')}
      </button>
      <Show when={problem()}>{(text) => <p class="nd-field__error">{text()}</p>}</Show>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
    </form>
  );
}
