import { For, Show } from 'solid-js';
import type { Member } from '../../shared/api/standards';
import { isMemberRole, memberRoles, type MemberRole } from '../../shared/domain/roles';
import { roleName } from '../i18n/domain-names';
import { formatDate, translate } from '../i18n/translate';

interface MemberTableProps {
  members: Member[];
  /** The secretariat changes roles and removes members; others only read the list. */
  manages: boolean;
  busy: boolean;
  onChangeRole: (member: Member, role: MemberRole) => void;
  onRemove: (member: Member) => void;
}

export function MemberTable(props: MemberTableProps) {
  return (
    <Show when={props.members.length > 0} fallback={<p class="nd-empty">{translate('membersEmpty')}</p>}>
      <table class="nd-table" data-testid="member-list">
        <thead>
          <tr>
            <th scope="col">{translate('memberNameColumn')}</th>
            <th scope="col">{translate('memberUsernameColumn')}</th>
            <th scope="col">{translate('memberRoleColumn')}</th>
            <th scope="col">{translate('memberAddedColumn')}</th>
            <Show when={props.manages}>
              <th scope="col">{translate('memberActionsColumn')}</th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For each={props.members}>
            {(member) => (
              <tr data-testid="member-row" data-username={member.username}>
                <td>{member.displayName}</td>
                <td class="nd-table__code">{member.username}</td>
                <td data-role={member.role}>
                  <Show when={props.manages} fallback={roleName(member.role)}>
                    <select
                      aria-label={translate('memberRoleOf', { name: member.displayName })}
                      data-testid="member-role-select"
                      disabled={props.busy}
                      onChange={(event) => {
                        const selected = event.currentTarget.value;
                        if (isMemberRole(selected) && selected !== member.role) props.onChangeRole(member, selected);
                      }}
                    >
                      <For each={memberRoles}>
                        {(option) => (
                          <option value={option} selected={option === member.role}>
                            {roleName(option)}
                          </option>
                        )}
                      </For>
                    </select>
                  </Show>
                </td>
                <td>{formatDate(member.addedAt)}</td>
                <Show when={props.manages}>
                  <td>
                    <button type="button" class="nd-button" data-testid="remove-member" disabled={props.busy} onClick={() => props.onRemove(member)}>
                      {translate('removeMember')}
                    </button>
                  </td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
