import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { Member } from '../../../shared/api/standards';
import { roleCanEditDraft } from '../../../shared/domain/roles';
import type { CommentAssignee } from '../../api/comment-threads';
import { assignComment } from '../../api/comment-threads';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';

interface AssigneeSelectProps {
  commentId: string;
  assignee: CommentAssignee;
  members: Member[];
  onAssigned: (assignee: CommentAssignee) => void;
}

/** The secretariat or the convenor gives the comment to a member who drafts, or takes it back. */
export function AssigneeSelect(props: AssigneeSelectProps) {
  const selectId = createUniqueId();
  const [saving, setSaving] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();
  const drafters = () => props.members.filter((member) => roleCanEditDraft(member.role));
  const current = () => props.members.find((member) => member.userId === props.assignee?.id)?.username ?? '';

  async function choose(username: string): Promise<void> {
    setSaving(true);
    setFailure(undefined);
    try {
      props.onAssigned(await assignComment(props.commentId, username === '' ? null : username));
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div class="nd-field nd-assignee">
      <label for={selectId}>{translate('commentAssigneeLabel')}</label>
      <select id={selectId} data-testid="comment-assignee" value={current()} disabled={saving()} onChange={(event) => void choose(event.currentTarget.value)}>
        <option value="">{translate('commentAssigneeNone')}</option>
        <For each={drafters()}>{(member) => <option value={member.username}>{member.displayName}</option>}</For>
      </select>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
    </div>
  );
}
