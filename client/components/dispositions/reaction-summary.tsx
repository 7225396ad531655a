import { Show } from 'solid-js';
import type { Reaction } from '../../../shared/api/dispositions';
import { formatDateTime, translate } from '../../i18n/translate';

/** The commenter's answer to a disposition: satisfied or not, and what they wrote. */
export function ReactionSummary(props: { reaction: Reaction; byCommenter: boolean }) {
  const verdict = () => translate(props.reaction.satisfied ? 'reactionSatisfied' : 'reactionNotSatisfied');
  return (
    <div class="nd-reaction" classList={{ 'nd-reaction--unhappy': !props.reaction.satisfied }} data-testid="reaction" data-satisfied={String(props.reaction.satisfied)}>
      <p class="nd-reaction__verdict">
        {translate(props.byCommenter ? 'reactionMineHeading' : 'reactionCommenterHeading')}
        <strong data-testid="reaction-verdict">{verdict()}</strong>
        <time class="nd-muted" dateTime={props.reaction.createdAt}>
          {formatDateTime(props.reaction.createdAt)}
        </time>
      </p>
      <Show when={props.reaction.note}>
        {(note) => (
          <p class="nd-reaction__note" data-testid="reaction-note">
            {note()}
          </p>
        )}
      </Show>
    </div>
  );
}
