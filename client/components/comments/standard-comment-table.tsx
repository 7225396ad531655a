import { For, Show, createSignal } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import { commentClauseName, commentStatusName, commentTypeName } from '../../i18n/comment-names';
import { translate } from '../../i18n/translate';
import type { ThreadPermissions } from './comment-thread';
import { CommentThread } from './comment-thread';

interface StandardCommentTableProps {
  comments: Comment[];
  permissions: ThreadPermissions;
  onAssigned: () => void;
}

const columnCount = 8;

/** Comments on a standard for the working group: where, what kind, from whom, what, their status and who has them; each opens its thread. */
export function StandardCommentTable(props: StandardCommentTableProps) {
  const [openThreads, setOpenThreads] = createSignal<ReadonlySet<string>>(new Set());
  const isOpen = (commentId: string) => openThreads().has(commentId);
  const toggle = (commentId: string) =>
    setOpenThreads((previous) => {
      const next = new Set(previous);
      if (!next.delete(commentId)) next.add(commentId);
      return next;
    });

  return (
    <table class="nd-table nd-comment-table" data-testid="standard-comments">
      <thead>
        <tr>
          <th scope="col">{translate('commentClauseColumn')}</th>
          <th scope="col">{translate('commentTypeColumn')}</th>
          <th scope="col">{translate('commentOrganisationColumn')}</th>
          <th scope="col">{translate('commentTextColumn')}</th>
          <th scope="col">{translate('commentProposalColumn')}</th>
          <th scope="col">{translate('commentStatusColumn')}</th>
          <th scope="col">{translate('commentAssigneeColumn')}</th>
          <th scope="col">{translate('repliesHeading')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.comments}>
          {(comment) => (
            <>
              <tr data-testid="standard-comment" data-status={comment.status} data-detached={String(comment.clauseNumber === null)}>
                <td data-testid="standard-comment-clause" class="nd-comment-table__clause">
                  {commentClauseName(comment.clauseNumber)}
                </td>
                <td>{commentTypeName(comment.type)}</td>
                <td data-testid="standard-comment-organisation">{comment.submitter.organisation}</td>
                <td class="nd-comment-table__text">
                  <Show when={comment.anchor?.quote}>
                    {(quote) => <span class="nd-comment-details__quote">{translate('commentPassageQuote', { quote: quote() })}</span>}
                  </Show>
                  {comment.comment}
                </td>
                <td class="nd-comment-table__text">{comment.proposedChange ?? ''}</td>
                <td>{commentStatusName(comment.status)}</td>
                <td data-testid="standard-comment-assignee">{comment.assignee?.displayName ?? translate('commentAssigneeNone')}</td>
                <td>
                  <button type="button" class="nd-button" data-testid="standard-comment-thread" aria-expanded={isOpen(comment.id)} onClick={() => toggle(comment.id)}>
                    {translate(isOpen(comment.id) ? 'commentThreadClose' : 'commentThreadOpen')}
                  </button>
                </td>
              </tr>
              <Show when={isOpen(comment.id)}>
                <tr class="nd-comment-table__thread">
                  <td colSpan={columnCount}>
                    <CommentThread
                      comment={comment}
                      canReply={props.permissions.canReply}
                      canAssign={props.permissions.canAssign}
                      members={props.permissions.members}
                      onAssigned={() => props.onAssigned()}
                    />
                  </td>
                </tr>
              </Show>
            </>
          )}
        </For>
      </tbody>
    </table>
  );
}
