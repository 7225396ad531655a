import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { Motion, Review } from '../../../shared/api/reviews';
import { votes, type Vote } from '../../../shared/domain/review/tally';
import { castBallot } from '../../api/reviews';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from './review-action';
import { voteName } from './review-names';

/** The secretariat enters the paper ballot of a present member who has not voted from their own device. */
export function PaperBallotForm(props: { review: Review; motion: Motion; onEntered: () => void }) {
  const memberId = createUniqueId();
  const voteId = createUniqueId();
  const reasonId = createUniqueId();
  const [username, setUsername] = createSignal('');
  const [vote, setVote] = createSignal<Vote>('yes');
  const [reason, setReason] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const action = createReviewAction();
  const voters = () =>
    props.review.panel.filter((member) => member.eligible && member.present && !props.motion.votedUserIds.includes(member.userId));

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (username() === '') return void setProblem(translate('paperBallotChooseMember'));
    if (vote() === 'no' && props.review.ruleSet.negativeNeedsReason && reason().trim() === '') return void setProblem(translate('ballotReasonRequired'));
    setProblem(null);
    const trimmed = reason().trim();
    const sent = await action.track(castBallot(props.motion.id, { vote: vote(), onBehalfOf: username(), ...(trimmed === '' ? {} : { reason: trimmed }) }));
    if (sent) {
      setUsername('');
      setReason('');
      props.onEntered();
    }
  }

  return (
    <details class="nd-paper-ballot" data-testid="paper-ballot">
      <summary>{translate('paperBallotHeading')}</summary>
      <Show when={voters().length > 0} fallback={<p class="nd-muted">{translate('paperBallotNobody')}</p>}>
        <form class="nd-form nd-form--inline" onSubmit={(event) => void submit(event)}>
          <div class="nd-field">
            <label for={memberId}>{translate('paperBallotMember')}</label>
            <select id={memberId} value={username()} onChange={(event) => setUsername(event.currentTarget.value)} data-testid="paper-ballot-member">
              <option value="">{translate('paperBallotChoose')}</option>
              <For each={voters()}>{(member) => <option value={member.username}>{`${member.displayName}（${member.organisation}）`}</option>}</For>
            </select>
          </div>
          <div class="nd-field">
            <label for={voteId}>{translate('paperBallotVote')}</label>
            <select id={voteId} value={vote()} onChange={(event) => setVote(event.currentTarget.value as Vote)} data-testid="paper-ballot-vote">
              <For each={votes}>{(option) => <option value={option}>{voteName(option)}</option>}</For>
            </select>
          </div>
          <div class="nd-field nd-paper-ballot__reason">
            <label for={reasonId}>{translate('ballotReasonLabel')}</label>
            <input id={reasonId} value={reason()} onInput={(event) => setReason(event.currentTarget.value)} data-testid="paper-ballot-reason" />
          </div>
          <button type="submit" class="nd-button" disabled={action.busy()} data-testid="paper-ballot-submit">
            {translate('paperBallotSubmit')}
          </button>
          <Show when={problem()}>{(text) => <p class="nd-field__error" role="alert">{text()}</p>}</Show>
          <Show when={action.failure() !== undefined}>
            <ErrorNotice error={action.failure()} />
          </Show>
        </form>
      </Show>
    </details>
  );
}
