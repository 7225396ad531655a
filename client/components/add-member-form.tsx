import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { Member } from '../../shared/api/standards';
import { addMemberRequestSchema } from '../../shared/api/standards';
import type { MemberRole } from '../../shared/domain/roles';
import { memberRoles } from '../../shared/domain/roles';
import { addMember } from '../api/standards';
import { roleName } from '../i18n/domain-names';
import { translate } from '../i18n/translate';
import { ErrorNotice } from './error-notice';
import { TextField } from './text-field';

function isMemberRole(value: string): value is MemberRole {
  return memberRoles.some((role) => role === value);
}

interface AddMemberFormProps {
  standardId: string;
  onAdded: (member: Member) => void;
  /** Called when an add is tried, so the page clears what it said about the previous action. */
  onAttempt?: () => void;
}

export function AddMemberForm(props: AddMemberFormProps) {
  const roleSelectId = createUniqueId();
  const [username, setUsername] = createSignal('');
  const [role, setRole] = createSignal<MemberRole>('drafter');
  const [usernameInvalid, setUsernameInvalid] = createSignal(false);
  const [submitError, setSubmitError] = createSignal<unknown>();
  const [submitting, setSubmitting] = createSignal(false);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    props.onAttempt?.();
    const parsed = addMemberRequestSchema.safeParse({ username: username(), role: role() });
    setUsernameInvalid(!parsed.success);
    if (!parsed.success) return;
    setSubmitError(undefined);
    setSubmitting(true);
    try {
      const member = await addMember(props.standardId, parsed.data);
      setUsername('');
      props.onAdded(member);
    } catch (error) {
      setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form class="nd-form nd-form--inline" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={translate('memberUsernameLabel')}
        value={username()}
        onValueChange={setUsername}
        testId="member-username"
        autocomplete="off"
        error={usernameInvalid() ? translate('usernameRule') : null}
        required
      />
      <div class="nd-field">
        <label for={roleSelectId}>{translate('memberRoleLabel')}</label>
        <select
          id={roleSelectId}
          data-testid="member-role"
          onChange={(event) => {
            const selected = event.currentTarget.value;
            if (isMemberRole(selected)) setRole(selected);
          }}
        >
          <For each={memberRoles}>
            {(option) => (
              <option value={option} selected={option === role()}>
                {roleName(option)}
              </option>
            )}
          </For>
        </select>
      </div>
      <button type="submit" class="nd-button nd-button--primary" data-testid="member-submit" disabled={submitting()}>
        {translate('addMemberSubmit')}
      </button>
      <Show when={submitError() !== undefined}>
        <ErrorNotice error={submitError()} />
      </Show>
    </form>
  );
}
