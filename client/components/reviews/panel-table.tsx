import { Index, Show } from 'solid-js';
import type { PanelMember, Review } from '../../../shared/api/reviews';
import { recordAttendance } from '../../api/reviews';
import { localizedText } from '../../i18n/localized-text';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from './review-action';
import { panelPositionName } from './review-names';

interface PanelTableProps {
  review: Review;
  /** The chair or the secretariat takes the roll call, until the vote on the 送审稿 has closed. */
  takesRollCall: boolean;
  onChanged: (review: Review) => void;
}

/** The panel: who sits on it, who may vote (and why not), and who is present. */
export function PanelTable(props: PanelTableProps) {
  const action = createReviewAction();
  const meeting = () => props.review.kind === 'meeting';
  async function mark(member: PanelMember, present: boolean): Promise<void> {
    const done = await action.track(recordAttendance(props.review.id, member.username, present));
    if (done) props.onChanged(done.result);
  }

  return (
    <>
      <table class="nd-table nd-panel-table" data-testid="panel-table">
        <thead>
          <tr>
            <th scope="col">{translate('panelNameColumn')}</th>
            <th scope="col">{translate('panelOrganisationColumn')}</th>
            <th scope="col">{translate('panelTitleColumn')}</th>
            <th scope="col">{translate('panelPositionColumn')}</th>
            <th scope="col">{translate('panelEligibleColumn')}</th>
            <Show when={meeting()}>
              <th scope="col">{translate('panelPresentColumn')}</th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <Index each={props.review.panel}>
            {(member) => (
              <tr data-testid="panel-row" data-username={member().username} data-eligible={member().eligible ? 'true' : 'false'} data-present={member().present ? 'true' : 'false'}>
                <td>{member().displayName}</td>
                <td>{member().organisation}</td>
                <td>{member().title ?? ''}</td>
                <td>{panelPositionName(member().position)}</td>
                <td>
                  <Show when={member().eligible} fallback={<span class="nd-panel-table__ineligible">{translate('panelNotEligible', { reason: member().reasonText ? localizedText(member().reasonText ?? { zh: '', en: '' }) : '' })}</span>}>
                    {translate('panelEligible')}
                  </Show>
                </td>
                <Show when={meeting()}>
                  <td>
                    <Show when={props.takesRollCall} fallback={member().present ? translate('panelPresent') : translate('panelAbsent')}>
                      <label class="nd-checkbox">
                        <input
                          type="checkbox"
                          checked={member().present}
                          disabled={action.busy()}
                          onChange={(event) => void mark(member(), event.currentTarget.checked)}
                          data-testid="roll-call"
                          aria-label={translate('rollCallLabel', { name: member().displayName })}
                        />{' '}
                        {member().present ? translate('panelPresent') : translate('panelAbsent')}
                      </label>
                    </Show>
                  </td>
                </Show>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
      <Show when={action.failure() !== undefined}>
        <ErrorNotice error={action.failure()} />
      </Show>
    </>
  );
}
