import { For, Show } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import type { CommentAssignee } from '../../api/comment-threads';
import type { ThreadPermissions } from '../../components/comments/comment-thread';
import { translate } from '../../i18n/translate';
import { CommentCard } from './comment-card';

interface DetachedCommentsProps {
  comments: Comment[];
  permissions: ThreadPermissions;
  onAssigned: (comment: Comment, assignee: CommentAssignee) => void;
}

/** 游离意见: comments whose clause was deleted from the live draft; they stay in view until someone deals with them. */
export function DetachedComments(props: DetachedCommentsProps) {
  return (
    <section class="nd-detached-comments" data-testid="detached-comments" aria-labelledby="detached-comments-heading">
      <h3 id="detached-comments-heading" class="nd-comments-drawer__subheading">
        {translate('detachedCommentsHeading', { count: props.comments.length })}
      </h3>
      <Show when={props.comments.length > 0} fallback={<p class="nd-muted">{translate('detachedCommentsEmpty')}</p>}>
        <p class="nd-muted">{translate('detachedCommentsExplanation')}</p>
        <ul class="nd-comment-cards">
          <For each={props.comments}>
            {(comment) => (
              <CommentCard
                comment={comment}
                permissions={props.permissions}
                clauseInDraft={false}
                passage={null}
                threadOpen={false}
                onShowPassage={() => undefined}
                onAssigned={(assignee) => props.onAssigned(comment, assignee)}
              />
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
