import { Show, createSignal, untrack } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import type { CommentAssignee } from '../../api/comment-threads';
import { CommentDetails } from '../../components/comments/comment-details';
import type { ThreadPermissions } from '../../components/comments/comment-thread';
import { CommentThread } from '../../components/comments/comment-thread';
import { translate } from '../../i18n/translate';
import type { PassageRange } from './passage-range';

interface CommentCardProps {
  comment: Comment;
  permissions: ThreadPermissions;
  /** False for a detached comment: its clause was deleted, so there is nothing to find in the text. */
  clauseInDraft: boolean;
  /** Where the passage is in the live draft; null when the comment is on the whole clause or its text is gone. */
  passage: PassageRange | null;
  /** Threads start open in a clause's list and closed in the detached list. */
  threadOpen: boolean;
  onShowPassage: (passage: PassageRange) => void;
  onAssigned: (assignee: CommentAssignee) => void;
}

/** A comment in the editor's panel: what it says, where its passage is now, and its thread. */
export function CommentCard(props: CommentCardProps) {
  // Only the first value counts: after that the person opens the thread themselves.
  const [threadOpen, setThreadOpen] = createSignal(untrack(() => props.threadOpen));
  return (
    <li class="nd-comment-card" data-testid="panel-comment" data-comment-id={props.comment.id} data-status={props.comment.status}>
      <CommentDetails comment={props.comment} />
      <Show when={props.comment.status === 'withdrawn'}>
        <p class="nd-muted">{translate('commentWithdrawnNote')}</p>
      </Show>
      <Show when={props.clauseInDraft && props.comment.anchor?.quote}>
        <Show
          when={props.passage}
          fallback={
            <p class="nd-muted" data-testid="comment-passage-missing">
              {translate('commentPassageNotFound')}
            </p>
          }
        >
          {(passage) => (
            <button type="button" class="nd-button nd-button--quiet nd-comment-card__show" data-testid="show-passage" onClick={() => props.onShowPassage(passage())}>
              {translate('commentShowInText')}
            </button>
          )}
        </Show>
      </Show>
      <Show
        when={threadOpen()}
        fallback={
          <button type="button" class="nd-button nd-comment-card__toggle" data-testid="comment-thread-open" onClick={() => setThreadOpen(true)}>
            {translate('commentThreadOpen')}
          </button>
        }
      >
        <CommentThread
          comment={props.comment}
          canReply={props.permissions.canReply}
          canAssign={props.permissions.canAssign}
          members={props.permissions.members}
          onAssigned={props.onAssigned}
        />
      </Show>
    </li>
  );
}
