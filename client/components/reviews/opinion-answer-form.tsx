import { Show, createSignal, createUniqueId } from 'solid-js';
import type { Review } from '../../../shared/api/reviews';
import { answerReviewOpinion } from '../../api/reviews';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from './review-action';

type Decision = 'accepted' | 'not_accepted';

/** The working group answers a review opinion: 采纳, or 不采纳 with the reason. */
export function OpinionAnswerForm(props: { opinionId: string; onChanged: (review: Review) => void }) {
  const reasonId = createUniqueId();
  const [decision, setDecision] = createSignal<Decision>('accepted');
  const [reason, setReason] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const action = createReviewAction();

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (decision() === 'not_accepted' && reason().trim() === '') return void setProblem(translate('opinionReasonRequired'));
    setProblem(null);
    const done = await action.track(answerReviewOpinion(props.opinionId, decision(), reason()));
    if (done) props.onChanged(done.result);
  }

  return (
    <form class="nd-opinion-answer" onSubmit={(event) => void submit(event)} data-testid="opinion-answer-form">
      <fieldset class="nd-choice-group">
        <legend>{translate('opinionAnswerLegend')}</legend>
        <label class="nd-choice">
          <input type="radio" name={`decision-${props.opinionId}`} checked={decision() === 'accepted'} onChange={() => setDecision('accepted')} data-testid="opinion-accepted" />
          {translate('opinionAccepted')}
        </label>
        <label class="nd-choice">
          <input type="radio" name={`decision-${props.opinionId}`} checked={decision() === 'not_accepted'} onChange={() => setDecision('not_accepted')} data-testid="opinion-not-accepted" />
          {translate('opinionNotAccepted')}
        </label>
      </fieldset>
      <div class="nd-field">
        <label for={reasonId}>{decision() === 'not_accepted' ? translate('opinionReasonLabelRequired') : translate('opinionReasonLabel')}</label>
        <textarea id={reasonId} rows={2} maxLength={2000} value={reason()} onInput={(event) => setReason(event.currentTarget.value)} data-testid="opinion-answer-reason" lang="zh-CN" />
      </div>
      <Show when={problem()}>{(text) => <p class="nd-field__error" role="alert">{text()}</p>}</Show>
      <Show when={action.failure() !== undefined}>
        <ErrorNotice error={action.failure()} />
      </Show>
      <button type="submit" class="nd-button" disabled={action.busy()} data-testid="opinion-answer-submit">
        {translate('opinionAnswerSubmit')}
      </button>
    </form>
  );
}
