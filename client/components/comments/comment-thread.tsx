import { Match, Show, Switch, createResource } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import type { Member } from '../../../shared/api/standards';
import type { CommentAssignee } from '../../api/comment-threads';
import { listReplies } from '../../api/comment-threads';
import { translate } from '../../i18n/translate';
import { DispositionPanel } from '../dispositions/disposition-panel';
import { ErrorNotice } from '../error-notice';
import { AssigneeSelect } from './assignee-select';
import { ReplyForm } from './reply-form';
import { ReplyList } from './reply-list';

export interface ThreadPermissions {
  /** Members who draft answer with internal notes or public replies. */
  canReply: boolean;
  /** The secretariat and the convenor give comments to drafters. */
  canAssign: boolean;
  /** The standard's members, for choosing a drafter; empty when the person cannot assign. */
  members: Member[];
}

interface CommentThreadProps extends ThreadPermissions {
  comment: Comment;
  onAssigned: (assignee: CommentAssignee) => void;
  onDispositionRecorded?: () => void;
}

/** The working group's thread on one comment: who has it, the replies so far and a new reply. */
export function CommentThread(props: CommentThreadProps) {
  const [replies, { refetch, mutate }] = createResource(() => props.comment.id, listReplies);

  return (
    <div class="nd-comment-thread" data-testid="comment-thread">
      <Show
        when={props.canAssign}
        fallback={
          <Show when={props.comment.assignee}>
            {(assignee) => <p class="nd-muted">{translate('commentAssigneeShown', { name: assignee().displayName })}</p>}
          </Show>
        }
      >
        <AssigneeSelect commentId={props.comment.id} assignee={props.comment.assignee} members={props.members} onAssigned={props.onAssigned} />
      </Show>
      <DispositionPanel commentId={props.comment.id} withdrawn={props.comment.status === 'withdrawn'} canDecide={props.canReply} onRecorded={() => props.onDispositionRecorded?.()} />
      <h4 class="nd-comment-thread__heading">{translate('repliesHeading')}</h4>
      <Switch fallback={<p class="nd-muted">{translate('repliesLoading')}</p>}>
        <Match when={replies.error !== undefined}>
          <ErrorNotice error={replies.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={replies.latest}>{(list) => <ReplyList replies={list()} showVisibility />}</Match>
      </Switch>
      <Show when={props.canReply}>
        <ReplyForm commentId={props.comment.id} onReplied={(reply) => mutate((previous) => [...(previous ?? []), reply])} />
      </Show>
    </div>
  );
}
