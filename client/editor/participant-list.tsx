import { For, Show } from 'solid-js';
import type { Participant } from '../collab/participants';
import { translate } from '../i18n/translate';

export function ParticipantList(props: { participants: Participant[] }) {
  return (
    <Show when={props.participants.length > 0}>
      <section class="nd-participants" aria-label={translate('participantsHeading')}>
        <span class="nd-participants__heading">{translate('participantsHeading')}</span>
        <ul class="nd-participants__list" data-testid="participants">
          <For each={props.participants}>
            {(participant) => (
              <li class="nd-participant" data-testid="participant">
                <span class="nd-participant__dot" style={{ 'background-color': participant.color }} />
                {participant.name}
                <Show when={participant.isSelf}>{translate('participantYou')}</Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
