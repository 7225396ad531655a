import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import type { Disposition, Reaction } from '../../../shared/api/dispositions';
import { fetchDispositionHistory } from '../../api/dispositions';
import { formatDateTime, translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { ChangeReferenceSummary } from './change-reference-summary';
import { DecisionBadge } from './decision-badge';
import { DispositionHistory } from './disposition-history';
import { isFinalDecision } from './final-decision';
import { ReactionForm } from './reaction-form';
import { ReactionSummary } from './reaction-summary';
import './dispositions.css';

/** The earlier decisions, fetched only when the commenter asks to see them. */
function EarlierDecisions(props: { commentId: string }) {
  const [history, { refetch }] = createResource(() => props.commentId, fetchDispositionHistory);
  return (
    <Switch fallback={<p class="nd-muted">{translate('loading')}</p>}>
      <Match when={history.error !== undefined}>
        <ErrorNotice error={history.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={history.latest}>
        {(loaded) => <DispositionHistory dispositions={loaded().dispositions} reactions={loaded().reactions} byCommenter />}
      </Match>
    </Switch>
  );
}

function ReactionToDecision(props: { commentId: string; disposition: Disposition; reaction: Reaction | null }) {
  const [sent, setSent] = createSignal<Reaction | null>(null);
  const reaction = () => sent() ?? (props.reaction?.dispositionId === props.disposition.id ? props.reaction : null);
  const [changing, setChanging] = createSignal(false);
  const [justSent, setJustSent] = createSignal(false);

  function reacted(answer: Reaction): void {
    setSent(answer);
    setChanging(false);
    setJustSent(true);
  }

  return (
    <Show
      when={!changing() ? reaction() : null}
      fallback={
        <ReactionForm
          commentId={props.commentId}
          previous={reaction()}
          onReacted={reacted}
          onCancel={reaction() === null ? undefined : () => setChanging(false)}
        />
      }
    >
      {(answer) => (
        <>
          <ReactionSummary reaction={answer()} byCommenter />
          <Show when={justSent()}>
            <p class="nd-notice nd-notice--success" role="status" data-testid="reaction-sent">
              {translate('reactionSent')}
            </p>
          </Show>
          <button
            type="button"
            class="nd-button nd-button--quiet"
            data-testid="reaction-change"
            onClick={() => {
              setJustSent(false);
              setChanging(true);
            }}
          >
            {translate('reactionChange')}
          </button>
        </>
      )}
    </Show>
  );
}

/** What the working group decided about one of my comments, and my answer to it. */
export function CommenterDisposition(props: { comment: Comment }) {
  const [showingHistory, setShowingHistory] = createSignal(false);
  return (
    <Show when={props.comment.status !== 'withdrawn'}>
      <div class="nd-commenter-disposition" data-testid="commenter-disposition">
        <Show
          when={props.comment.disposition}
          fallback={
            <p class="nd-muted" data-testid="commenter-disposition-empty">
              {translate('commenterDispositionEmpty')}
            </p>
          }
        >
          {(disposition) => (
            <>
              <p class="nd-disposition__heading">
                <span>{translate('commenterDispositionHeading')}</span>
                <DecisionBadge decision={disposition().decision} />
                <span class="nd-disposition__who">{translate('dispositionDecidedBy', { name: disposition().decidedBy.displayName })}</span>
                <time class="nd-muted" dateTime={disposition().decidedAt}>
                  {formatDateTime(disposition().decidedAt)}
                </time>
              </p>
              <Show when={disposition().reason}>
                {(reason) => (
                  <p class="nd-disposition__reason" data-testid="disposition-reason">
                    <strong>{translate('dispositionReasonHeading')}</strong>
                    {reason()}
                  </p>
                )}
              </Show>
              <ChangeReferenceSummary changeRef={disposition().changeRef} />
              <Show
                when={isFinalDecision(disposition().decision)}
                fallback={
                  <p class="nd-muted" data-testid="commenter-disposition-pending">
                    {translate('commenterDispositionPending')}
                  </p>
                }
              >
                <Show when={disposition().id} keyed>
                  <ReactionToDecision commentId={props.comment.id} disposition={disposition()} reaction={props.comment.reaction} />
                </Show>
              </Show>
              <Show when={disposition().supersedesId !== null}>
                <button
                  type="button"
                  class="nd-button nd-button--quiet"
                  data-testid="commenter-disposition-history"
                  aria-expanded={showingHistory()}
                  onClick={() => setShowingHistory((shown) => !shown)}
                >
                  {translate(showingHistory() ? 'commenterHistoryHide' : 'commenterHistoryShow')}
                </button>
                <Show when={showingHistory()}>
                  <EarlierDecisions commentId={props.comment.id} />
                </Show>
              </Show>
            </>
          )}
        </Show>
      </div>
    </Show>
  );
}
