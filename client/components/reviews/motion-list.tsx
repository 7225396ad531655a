import { Index, Show, createSignal } from 'solid-js';
import type { Review } from '../../../shared/api/reviews';
import { addMotion } from '../../api/reviews';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { TextField } from '../text-field';
import { MotionCard } from './motion-card';
import { createReviewAction } from './review-action';

/** The motions put to the panel; at a meeting the chair may add further ones. */
export function MotionList(props: { review: Review; onReload: () => void }) {
  const [title, setTitle] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const action = createReviewAction();

  async function add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (title().trim() === '') return void setProblem(translate('motionTitleRule'));
    setProblem(null);
    if (await action.track(addMotion(props.review.id, title().trim()))) {
      setTitle('');
      props.onReload();
    }
  }

  return (
    <section class="nd-review-section" aria-labelledby="review-motions-heading" data-testid="review-motions">
      <h2 id="review-motions-heading">{translate('motionsHeading')}</h2>
      {/* Index keeps each card (and a half-written reason) in place while the page polls for new counts. */}
      <Index each={props.review.motions}>{(motion) => <MotionCard review={props.review} motion={motion()} onReload={props.onReload} />}</Index>
      <Show when={props.review.myAccess.chair && props.review.kind === 'meeting' && props.review.outcome === null}>
        <form class="nd-form nd-form--inline nd-add-motion" onSubmit={(event) => void add(event)} data-testid="add-motion-form">
          <TextField label={translate('motionAddLabel')} value={title()} onValueChange={setTitle} testId="motion-title" hint={translate('motionAddHint')} />
          <button type="submit" class="nd-button" disabled={action.busy()} data-testid="add-motion">
            {translate('motionAdd')}
          </button>
          <Show when={problem()}>{(text) => <p class="nd-field__error" role="alert">{text()}</p>}</Show>
          <Show when={action.failure() !== undefined}>
            <ErrorNotice error={action.failure()} />
          </Show>
        </form>
      </Show>
    </section>
  );
}
