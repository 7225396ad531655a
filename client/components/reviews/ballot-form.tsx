import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { Motion, Review } from '../../../shared/api/reviews';
import { votes, type Vote } from '../../../shared/domain/review/tally';
import { castBallot } from '../../api/reviews';
import { formatDateTime, translate } from '../../i18n/translate';
import { currentUser } from '../../session/session-state';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from './review-action';
import { voteName } from './review-names';

/** An eligible member's vote: 同意, 不同意 (with the reason the rule set asks for) or 弃权. */
export function BallotForm(props: { review: Review; motion: Motion; onVoted: () => void }) {
  const reasonId = createUniqueId();
  const [choice, setChoice] = createSignal<Vote | null>(null);
  const [reason, setReason] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [changing, setChanging] = createSignal(false);
  const action = createReviewAction();
  const ruleSet = () => props.review.ruleSet;
  const me = () => props.review.panel.find((member) => member.userId === currentUser()?.id);
  const mustBePresent = () => ruleSet().participation === 'attendance' && props.review.kind === 'meeting';
  const absent = () => mustBePresent() && me()?.present !== true;
  const changeable = () => ruleSet().ballotsChangeableBeforeClose;
  const reasonRequired = () => choice() === 'no' && ruleSet().negativeNeedsReason;

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const vote = choice();
    if (vote === null) return void setProblem(translate('ballotChooseVote'));
    if (reasonRequired() && reason().trim() === '') return void setProblem(translate('ballotReasonRequired'));
    setProblem(null);
    const trimmed = reason().trim();
    const sent = await action.track(castBallot(props.motion.id, trimmed === '' ? { vote } : { vote, reason: trimmed }));
    if (sent) {
      setChanging(false);
      setChoice(null);
      setReason('');
      props.onVoted();
    }
  }

  return (
    <Show
      when={props.motion.myBallot === null || changing()}
      fallback={
        <div class="nd-ballot nd-ballot--cast" data-testid="my-ballot">
          <p class="nd-ballot__cast" data-vote={props.motion.myBallot?.vote}>
            {translate('ballotYouVoted', { vote: voteName(props.motion.myBallot?.vote ?? 'abstain') })}
            <span class="nd-muted"> {formatDateTime(props.motion.myBallot?.castAt ?? '')}</span>
          </p>
          <Show when={props.motion.myBallot?.reason}>{(text) => <p class="nd-muted">{translate('ballotYourReason', { reason: text() })}</p>}</Show>
          <Show when={changeable()} fallback={<p class="nd-muted">{translate('ballotFinal')}</p>}>
            <button type="button" class="nd-button" onClick={() => setChanging(true)} data-testid="change-ballot">
              {translate('ballotChange')}
            </button>
          </Show>
        </div>
      }
    >
      <form class="nd-ballot" onSubmit={(event) => void submit(event)} data-testid="ballot-form">
        <Show when={absent()}>
          <p class="nd-notice nd-notice--warning" data-testid="ballot-check-in-first">
            {translate('ballotCheckInFirst')}
          </p>
        </Show>
        <fieldset class="nd-ballot__choices" disabled={absent()}>
          <legend>{translate('ballotLegend')}</legend>
          <For each={votes}>
            {(vote) => (
              <button type="button" class="nd-button nd-ballot__choice" data-vote={vote} aria-pressed={choice() === vote} onClick={() => setChoice(vote)} data-testid={`vote-${vote}`}>
                {voteName(vote)}
              </button>
            )}
          </For>
        </fieldset>
        <div class="nd-field">
          <label for={reasonId}>{reasonRequired() ? translate('ballotReasonLabelRequired') : translate('ballotReasonLabel')}</label>
          <textarea id={reasonId} rows={3} maxLength={2000} value={reason()} disabled={absent()} onInput={(event) => setReason(event.currentTarget.value)} aria-invalid={problem() !== null && reasonRequired() ? 'true' : undefined} data-testid="ballot-reason" lang="zh-CN" />
          <Show when={problem() === null}>
            <small class="nd-field__hint">{ruleSet().negativeNeedsReason ? translate('ballotReasonHintNo') : translate('ballotReasonHint')}</small>
          </Show>
        </div>
        <Show when={problem()}>{(text) => <p class="nd-field__error" role="alert" data-testid="ballot-problem">{text()}</p>}</Show>
        <Show when={action.failure() !== undefined}>
          <ErrorNotice error={action.failure()} />
        </Show>
        <div class="nd-review-actions">
          <button type="submit" class="nd-button nd-button--primary" disabled={action.busy() || absent() || choice() === null} data-testid="ballot-submit">
            {choice() ? translate('ballotSubmitChoice', { vote: voteName(choice() ?? 'abstain') }) : translate('ballotSubmit')}
          </button>
          <span class="nd-muted">{changeable() ? translate('ballotChangeableNote') : translate('ballotFinalNote')}</span>
        </div>
      </form>
    </Show>
  );
}
