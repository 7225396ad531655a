import { Show, createSignal } from 'solid-js';
import type { Feedback } from '../../../shared/api/feedback';
import { answerFeedback } from '../../api/feedback';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from '../reviews/review-action';
import { TextAreaField } from '../text-area-field';

/** The secretariat's one, final answer to a piece of feedback. */
export function FeedbackAnswerForm(props: { standardId: string; feedbackId: string; onAnswered: (feedback: Feedback) => void }) {
  const [answer, setAnswer] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const action = createReviewAction();

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (answer().trim() === '') return void setProblem(translate('errorAnswerRequired'));
    setProblem(null);
    const done = await action.track(answerFeedback(props.standardId, props.feedbackId, answer().trim()));
    if (done) props.onAnswered(done.result);
  }

  return (
    <form class="nd-feedback-form" onSubmit={(event) => void submit(event)} data-testid="feedback-answer-form" novalidate>
      <TextAreaField label={translate('feedbackAnswerLabel')} value={answer()} onValueChange={setAnswer} testId="feedback-answer-text" rows={3} hint={translate('feedbackAnswerHint')} error={problem()} />
      <Show when={action.failure() !== undefined}>
        <ErrorNotice error={action.failure()} />
      </Show>
      <div>
        <button type="submit" class="nd-button nd-button--primary" disabled={action.busy()} data-testid="feedback-answer-submit">
          {translate('feedbackAnswerSubmit')}
        </button>
      </div>
    </form>
  );
}
