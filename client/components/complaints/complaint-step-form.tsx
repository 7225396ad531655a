import { Match, Show, Switch, createSignal } from 'solid-js';
import type { Complaint } from '../../../shared/api/complaints';
import { nextComplaintStatus } from '../../../shared/domain/complaint-progress';
import { takeComplaintStep } from '../../api/complaints';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from '../reviews/review-action';
import { TextAreaField } from '../text-area-field';
import { TextField } from '../text-field';

/** The one next step of a case (开始处理 → 答复 → 办结), with an answer for 答复 and an optional note. */
export function ComplaintStepForm(props: { complaint: Complaint; onChanged: (complaint: Complaint) => void }) {
  const [answer, setAnswer] = createSignal('');
  const [note, setNote] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const action = createReviewAction();
  const next = () => nextComplaintStatus(props.complaint.status);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const status = next();
    if (status === null) return;
    if (status === 'answered' && answer().trim() === '') return void setProblem(translate('errorAnswerRequired'));
    setProblem(null);
    const trimmedNote = note().trim();
    const done = await action.track(
      takeComplaintStep(props.complaint.standardId, props.complaint.id, {
        status,
        ...(status === 'answered' ? { answer: answer().trim() } : {}),
        ...(trimmedNote === '' ? {} : { note: trimmedNote }),
      }),
    );
    if (done) {
      setAnswer('');
      setNote('');
      props.onChanged(done.result);
    }
  }

  return (
    <Show when={next()} fallback={<p class="nd-muted">{translate('complaintClosedNote')}</p>}>
      {(status) => (
        <form class="nd-feedback-form" onSubmit={(event) => void submit(event)} data-testid="complaint-step-form" novalidate>
          <Show when={status() === 'answered'}>
            <TextAreaField label={translate('complaintAnswerLabel')} value={answer()} onValueChange={setAnswer} testId="complaint-answer-text" rows={4} error={problem()} />
          </Show>
          <TextField label={translate('complaintNoteLabel')} value={note()} onValueChange={setNote} testId="complaint-note" lang="zh-CN" />
          <Show when={action.failure() !== undefined}>
            <ErrorNotice error={action.failure()} />
          </Show>
          <div>
            <button type="submit" class="nd-button nd-button--primary" disabled={action.busy()} data-testid={`complaint-step-${status()}`}>
              <Switch>
                <Match when={status() === 'under_review'}>{translate('complaintStartReview')}</Match>
                <Match when={status() === 'answered'}>{translate('complaintGiveAnswer')}</Match>
                <Match when={status() === 'closed'}>{translate('complaintClose')}</Match>
              </Switch>
            </button>
          </div>
        </form>
      )}
    </Show>
  );
}
