import { For, Show, createSignal } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import { withdrawComment } from '../../api/comments';
import { commentStatusName, commentTypeName } from '../../i18n/comment-names';
import { formatDateTime, translate } from '../../i18n/translate';
import { CommenterDisposition } from '../dispositions/commenter-disposition';
import { ErrorNotice } from '../error-notice';
import { PublicReplies } from './public-replies';

interface MyCommentListProps {
  comments: Comment[];
  periodIsOpen: boolean;
  /** The clause as numbered in the version under comment, e.g. "5.2 试验步骤". */
  clauseName: (clauseId: string) => string;
  onChanged: () => void;
}

/** The person's own comments on this period with their status; open ones can be withdrawn while the period runs. */
export function MyCommentList(props: MyCommentListProps) {
  const [withdrawing, setWithdrawing] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<unknown>();

  async function withdraw(comment: Comment): Promise<void> {
    setWithdrawing(comment.id);
    setFailure(undefined);
    try {
      await withdrawComment(comment.id);
      props.onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setWithdrawing(null);
    }
  }

  return (
    <section class="nd-comment-panel" aria-labelledby="my-comments-heading">
      <h2 id="my-comments-heading">{translate('myCommentsHeading')}</h2>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
      <Show when={props.comments.length > 0} fallback={<p class="nd-empty" data-testid="my-comments-empty">{translate('myCommentsEmpty')}</p>}>
        <ul class="nd-my-comments" data-testid="my-comments">
          <For each={props.comments}>
            {(comment) => (
              <li class="nd-my-comment" data-testid="my-comment" data-status={comment.status}>
                <p class="nd-my-comment__heading">
                  <strong>{props.clauseName(comment.clauseId) || comment.clauseNumber}</strong> · {commentTypeName(comment.type)} ·{' '}
                  <span data-testid="my-comment-status">{commentStatusName(comment.status)}</span> · {formatDateTime(comment.createdAt)}
                </p>
                <p class="nd-my-comment__text">{comment.comment}</p>
                <Show when={comment.proposedChange}>{(proposal) => <p class="nd-muted">{proposal()}</p>}</Show>
                <CommenterDisposition comment={comment} />
                <PublicReplies commentId={comment.id} />
                <Show when={props.periodIsOpen && comment.status === 'open'}>
                  <button
                    type="button"
                    class="nd-button"
                    data-testid="withdraw-comment"
                    disabled={withdrawing() === comment.id}
                    onClick={() => void withdraw(comment)}
                  >
                    {translate('withdrawComment')}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
