import { Show, createResource } from 'solid-js';
import { listReplies } from '../../api/comment-threads';
import { translate } from '../../i18n/translate';
import { ReplyList } from './reply-list';

/** The working group's public replies to one of my comments; nothing is shown until there is one. */
export function PublicReplies(props: { commentId: string }) {
  const [replies] = createResource(() => props.commentId, listReplies);
  const publicReplies = () => (replies.latest ?? []).filter((reply) => reply.visibility === 'public');
  return (
    <Show when={publicReplies().length > 0}>
      <div class="nd-my-comment__replies" data-testid="public-replies">
        <h3>{translate('publicRepliesHeading')}</h3>
        <ReplyList replies={publicReplies()} showVisibility={false} />
      </div>
    </Show>
  );
}
