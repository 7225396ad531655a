import { For, Show } from 'solid-js';
import type { Disposition, Reaction } from '../../../shared/api/dispositions';
import { formatDateTime, translate } from '../../i18n/translate';
import { ChangeReferenceSummary } from './change-reference-summary';
import { DecisionBadge } from './decision-badge';
import { ReactionSummary } from './reaction-summary';

interface DispositionHistoryProps {
  /** Oldest first, as the server lists them; the last one is in force. */
  dispositions: Disposition[];
  reactions: Reaction[];
  /** Links to version comparisons are for members only. */
  standardId?: string;
  byCommenter: boolean;
}

/** Every decision on a comment, newest first: the one in force, then the ones it superseded, each with who and when. */
export function DispositionHistory(props: DispositionHistoryProps) {
  const newestFirst = () => [...props.dispositions].reverse();
  const latestReactionTo = (dispositionId: string) => props.reactions.filter((reaction) => reaction.dispositionId === dispositionId).at(-1);

  return (
    <ol class="nd-disposition-history" data-testid="disposition-history">
      <For each={newestFirst()}>
        {(disposition, index) => (
          <li
            class="nd-disposition"
            classList={{ 'nd-disposition--superseded': index() > 0 }}
            data-testid="disposition-record"
            data-in-force={String(index() === 0)}
          >
            <p class="nd-disposition__heading">
              <DecisionBadge decision={disposition.decision} />
              <span class={index() === 0 ? 'nd-disposition__in-force' : 'nd-disposition__superseded-mark'} data-testid="disposition-state">
                {translate(index() === 0 ? 'dispositionInForce' : 'dispositionSuperseded')}
              </span>
              <span class="nd-disposition__who">
                {translate('dispositionDecidedBy', { name: disposition.decidedBy.displayName })}
              </span>
              <time class="nd-muted" dateTime={disposition.decidedAt}>
                {formatDateTime(disposition.decidedAt)}
              </time>
            </p>
            <Show when={disposition.reason}>
              {(reason) => (
                <p class="nd-disposition__reason" data-testid="disposition-reason">
                  <strong>{translate('dispositionReasonHeading')}</strong>
                  {reason()}
                </p>
              )}
            </Show>
            <ChangeReferenceSummary changeRef={disposition.changeRef} standardId={props.standardId} />
            <Show when={latestReactionTo(disposition.id)}>{(reaction) => <ReactionSummary reaction={reaction()} byCommenter={props.byCommenter} />}</Show>
          </li>
        )}
      </For>
    </ol>
  );
}
