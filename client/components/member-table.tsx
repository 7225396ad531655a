import { For, Show } from 'solid-js';
import type { Member } from '../../shared/api/standards';
import { roleName } from '../i18n/domain-names';
import { formatDate, translate } from '../i18n/translate';

export function MemberTable(props: { members: Member[] }) {
  return (
    <Show when={props.members.length > 0} fallback={<p class="nd-empty">{translate('membersEmpty')}</p>}>
      <table class="nd-table" data-testid="member-list">
        <thead>
          <tr>
            <th scope="col">{translate('memberNameColumn')}</th>
            <th scope="col">{translate('memberUsernameColumn')}</th>
            <th scope="col">{translate('memberRoleColumn')}</th>
            <th scope="col">{translate('memberAddedColumn')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.members}>
            {(member) => (
              <tr data-testid="member-row" data-username={member.username}>
                <td>{member.displayName}</td>
                <td class="nd-table__code">{member.username}</td>
                <td data-role={member.role}>{roleName(member.role)}</td>
                <td>{formatDate(member.addedAt)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
