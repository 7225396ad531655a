import { For, Show } from 'solid-js';
import type { StageOverviewResponse } from '../../../shared/api/versions';
import { roleName } from '../../i18n/domain-names';
import { formatDateTime, translate } from '../../i18n/translate';

/** Role changes and removals of members, newest first, beside the stage moves. */
export function MemberChanges(props: { changes: StageOverviewResponse['memberChanges'] }) {
  const newestFirst = () => [...props.changes].reverse();
  return (
    <Show when={props.changes.length > 0}>
      <section class="nd-stage-moves" aria-labelledby="member-changes-heading">
        <h2 id="member-changes-heading">{translate('stageMemberChangesHeading')}</h2>
        <ol class="nd-stage-moves__list">
          <For each={newestFirst()}>
            {(change) => (
              <li class="nd-stage-move" data-testid="member-change">
                <p>
                  {change.newRole === null
                    ? translate('stageMemberRemoved', { changedBy: change.changedBy.displayName, member: change.member.displayName, from: change.previousRole ? roleName(change.previousRole) : '' })
                    : translate('stageMemberRoleChanged', { changedBy: change.changedBy.displayName, member: change.member.displayName, from: change.previousRole ? roleName(change.previousRole) : '', to: roleName(change.newRole) })}
                </p>
                <p class="nd-stage-move__meta">{formatDateTime(change.changedAt)}</p>
              </li>
            )}
          </For>
        </ol>
      </section>
    </Show>
  );
}
