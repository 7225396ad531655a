import { For, Show } from 'solid-js';
import type { Motion } from '../../../shared/api/reviews';
import { translate } from '../../i18n/translate';
import { voteName } from './review-names';

/** After the close: every member of the frozen roster with their vote and reason. */
export function RollCallTable(props: { motion: Motion; attendance: boolean }) {
  return (
    <table class="nd-table nd-roll-call" data-testid="roll-call-table">
      <caption>{translate('rollCallHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{translate('panelNameColumn')}</th>
          <th scope="col">{translate('panelOrganisationColumn')}</th>
          <th scope="col">{props.attendance ? translate('panelPresentColumn') : translate('rollCallReturnedColumn')}</th>
          <th scope="col">{translate('rollCallVoteColumn')}</th>
          <th scope="col">{translate('rollCallReasonColumn')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.motion.rollCall}>
          {(entry) => (
            <tr data-testid="roll-call-row" data-vote={entry.vote ?? 'none'}>
              <td>{entry.displayName}</td>
              <td>{entry.organisation}</td>
              <td>{entry.present ? translate('rollCallYes') : translate('rollCallNo')}</td>
              <td>
                <Show when={entry.eligible} fallback={<span class="nd-muted">{translate('rollCallNotEligible')}</span>}>
                  {entry.vote ? voteName(entry.vote) : translate('rollCallNotVoted')}
                  <Show when={entry.enteredFromPaper}>
                    <span class="nd-muted">{translate('rollCallPaper')}</span>
                  </Show>
                  <Show when={entry.changes > 0}>
                    <span class="nd-muted">{translate('rollCallChanged', { count: entry.changes })}</span>
                  </Show>
                </Show>
              </td>
              <td>{entry.voteReason ?? ''}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
