import { Index, Show, createSignal } from 'solid-js';
import type { Review } from '../../../shared/api/reviews';
import { recordReviewOpinion } from '../../api/reviews';
import { formatDateTime, translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { TextAreaField } from '../text-area-field';
import { OpinionAnswerForm } from './opinion-answer-form';
import { createReviewAction } from './review-action';

/** The review opinions (审查意见) the chair writes down, each with the working group's answer. */
export function ReviewOpinions(props: { review: Review; onChanged: (review: Review) => void }) {
  const [text, setText] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const action = createReviewAction();

  async function add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (text().trim() === '') return void setProblem(translate('opinionTextRule'));
    setProblem(null);
    const done = await action.track(recordReviewOpinion(props.review.id, text().trim()));
    if (done) {
      props.onChanged(done.result);
      setText('');
    }
  }

  return (
    <section class="nd-review-section" aria-labelledby="review-opinions-heading" data-testid="review-opinions">
      <h2 id="review-opinions-heading">{translate('opinionsHeading')}</h2>
      <Show when={props.review.opinions.length > 0} fallback={<p class="nd-muted">{translate(props.review.myAccess.chair ? 'opinionsEmptyChair' : 'opinionsEmpty')}</p>}>
        <ol class="nd-opinion-list">
          <Index each={props.review.opinions}>
            {(opinion) => (
              <li class="nd-opinion" data-testid="opinion" data-answered={opinion().response ? 'true' : 'false'}>
                <p class="nd-opinion__text">{opinion().text}</p>
                <p class="nd-muted">{translate('opinionWrittenBy', { name: opinion().writtenBy.displayName, date: formatDateTime(opinion().writtenAt) })}</p>
                <Show
                  when={opinion().response}
                  fallback={
                    <Show when={props.review.myAccess.answerOpinions} fallback={<p class="nd-muted">{translate('opinionNotAnswered')}</p>}>
                      <OpinionAnswerForm opinionId={opinion().id} onChanged={props.onChanged} />
                    </Show>
                  }
                >
                  {(response) => (
                    <p class="nd-opinion__answer" data-testid="opinion-answer" data-decision={response().decision}>
                      <strong>{response().decision === 'accepted' ? translate('opinionAccepted') : translate('opinionNotAccepted')}</strong>
                      <Show when={response().reason}>{(reason) => <span>{translate('opinionAnswerReason', { reason: reason() })}</span>}</Show>
                      <span class="nd-muted"> {translate('opinionAnsweredBy', { name: response().respondedBy.displayName, date: formatDateTime(response().respondedAt) })}</span>
                    </p>
                  )}
                </Show>
              </li>
            )}
          </Index>
        </ol>
      </Show>
      <Show when={props.review.myAccess.chair}>
        <form class="nd-form" onSubmit={(event) => void add(event)} data-testid="opinion-form">
          <TextAreaField label={translate('opinionAddLabel')} value={text()} onValueChange={setText} testId="opinion-text" hint={translate('opinionAddHint')} />
          <Show when={problem()}>{(message) => <p class="nd-field__error" role="alert">{message()}</p>}</Show>
          <Show when={action.failure() !== undefined}>
            <ErrorNotice error={action.failure()} />
          </Show>
          <div>
            <button type="submit" class="nd-button" disabled={action.busy()} data-testid="opinion-submit">
              {translate('opinionAdd')}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}
