import { Show, createSignal } from 'solid-js';
import type { Motion, Review } from '../../../shared/api/reviews';
import { closeMotion, openMotion } from '../../api/reviews';
import { localizedText } from '../../i18n/localized-text';
import { formatDateTime, translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { BallotForm } from './ballot-form';
import { liveCountInWords } from './live-count';
import { PaperBallotForm } from './paper-ballot-form';
import { createReviewAction } from './review-action';
import { motionStateName, outcomeName } from './review-names';
import { RollCallTable } from './roll-call-table';

interface MotionCardProps {
  review: Review;
  motion: Motion;
  /** Fetch the review again after a change that answers with less than the review. */
  onReload: () => void;
}

/** One motion: its state, the chair's open and close buttons, the live count and the ballot, and after the close the result. */
export function MotionCard(props: MotionCardProps) {
  const action = createReviewAction();
  const [confirmingClose, setConfirmingClose] = createSignal(false);
  const motion = () => props.motion;
  const voterNames = () =>
    motion().votedUserIds.map((userId) => props.review.panel.find((member) => member.userId === userId)?.displayName ?? userId);
  const attendance = () => props.review.ruleSet.participation === 'attendance';
  async function run(pending: Promise<unknown>): Promise<void> {
    if (await action.track(pending)) {
      setConfirmingClose(false);
      props.onReload();
    }
  }

  return (
    <article class="nd-motion" data-testid="motion" data-motion-id={motion().id} data-state={motion().state} data-kind={motion().kind} data-outcome={motion().outcome ?? undefined}>
      <header class="nd-motion__head">
        <h3>{motion().title}</h3>
        <span class="nd-badge" classList={{ 'nd-badge--open': motion().state === 'open' }} data-testid="motion-state">
          {motionStateName(motion().state)}
        </span>
        <Show when={motion().outcome}>
          {(outcome) => (
            <span class="nd-review-outcome nd-review-outcome--large" data-outcome={outcome()} data-testid="motion-outcome">
              {outcomeName(outcome())}
            </span>
          )}
        </Show>
      </header>
      <p class="nd-muted">
        <Show when={motion().openedAt}>{(openedAt) => <span>{translate('motionOpenedAt', { date: formatDateTime(openedAt()) })} </span>}</Show>
        <Show when={motion().state !== 'closed' && motion().closesAt}>{(closesAt) => <span data-testid="motion-closes-at">{translate('motionClosesAt', { date: formatDateTime(closesAt()) })} </span>}</Show>
        <Show when={motion().closedAt}>{(closedAt) => <span>{translate('motionClosedAt', { date: formatDateTime(closedAt()) })}</span>}</Show>
      </p>

      <Show when={motion().state === 'created'}>
        <p class="nd-muted">{translate(props.review.kind === 'correspondence' ? 'motionWaitsForBallot' : 'motionWaitsForChair')}</p>
      </Show>

      <Show when={motion().state === 'open'}>
        <p class="nd-live-count" role="status" aria-live="polite" data-testid="live-count" data-voted={motion().votedUserIds.length}>
          {liveCountInWords(props.review, motion())}
        </p>
        <p class="nd-muted" data-testid="voted-names">
          {motion().votedUserIds.length === 0 ? translate('motionNobodyVoted') : translate('motionVotedNames', { names: voterNames().join(translate('listSeparator')) })}
        </p>
        <Show when={props.review.myAccess.eligible}>
          <BallotForm review={props.review} motion={motion()} onVoted={props.onReload} />
        </Show>
        <Show when={props.review.myAccess.panelMember && !props.review.myAccess.eligible}>
          <p class="nd-muted">{translate('motionYouDoNotVote')}</p>
        </Show>
        <Show when={props.review.myAccess.manage && props.review.kind === 'meeting'}>
          <PaperBallotForm review={props.review} motion={motion()} onEntered={props.onReload} />
        </Show>
      </Show>

      <Show when={motion().state === 'closed'}>
        <Show when={motion().description}>
          {(description) => (
            <p class="nd-motion__result" data-testid="motion-result">
              {localizedText(description())}
            </p>
          )}
        </Show>
        <RollCallTable motion={motion()} attendance={attendance() && props.review.kind === 'meeting'} />
      </Show>

      <Show when={props.review.myAccess.chair && motion().state !== 'closed'}>
        <div class="nd-review-actions">
          <Show when={motion().state === 'created'}>
            <button type="button" class="nd-button nd-button--primary" disabled={action.busy()} onClick={() => void run(openMotion(motion().id))} data-testid="open-motion">
              {translate('motionOpen')}
            </button>
          </Show>
          <Show when={motion().state === 'open'}>
            <Show
              when={confirmingClose()}
              fallback={
                <button type="button" class="nd-button" onClick={() => setConfirmingClose(true)} data-testid="close-motion">
                  {translate('motionClose')}
                </button>
              }
            >
              <span class="nd-motion__confirm">{translate(motion().kind === 'approve_draft' ? 'motionCloseConfirmDraft' : 'motionCloseConfirm')}</span>
              <button type="button" class="nd-button nd-button--primary" disabled={action.busy()} onClick={() => void run(closeMotion(motion().id))} data-testid="close-motion-confirm">
                {translate('motionCloseConfirmButton')}
              </button>
              <button type="button" class="nd-button nd-button--quiet" onClick={() => setConfirmingClose(false)}>
                {translate('dialogCancel')}
              </button>
            </Show>
          </Show>
        </div>
      </Show>
      <Show when={action.failure() !== undefined}>
        <ErrorNotice error={action.failure()} />
      </Show>
    </article>
  );
}
