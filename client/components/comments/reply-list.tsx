import { For, Show } from 'solid-js';
import type { Reply } from '../../../shared/api/comments';
import { formatDateTime, translate } from '../../i18n/translate';

/** Replies in the order they were written; the text is shown as typed, never as markup. */
export function ReplyList(props: { replies: Reply[]; showVisibility: boolean }) {
  return (
    <Show when={props.replies.length > 0} fallback={<p class="nd-muted nd-replies__empty">{translate('repliesEmpty')}</p>}>
      <ol class="nd-replies" data-testid="replies">
        <For each={props.replies}>
          {(reply) => (
            <li class={`nd-reply nd-reply--${reply.visibility}`} data-testid="reply" data-visibility={reply.visibility}>
              <p class="nd-reply__meta">
                <strong>{reply.author.displayName}</strong>
                <Show when={props.showVisibility}>
                  <span class="nd-reply__visibility">{translate(reply.visibility === 'public' ? 'replyPublic' : 'replyInternal')}</span>
                </Show>
                <time dateTime={reply.createdAt}>{formatDateTime(reply.createdAt)}</time>
              </p>
              <p class="nd-reply__body" data-testid="reply-body">
                {reply.body}
              </p>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
