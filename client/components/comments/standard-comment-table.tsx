import { For, Show, createMemo, createSignal } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import { commentClauseName, commentTypeName } from '../../i18n/comment-names';
import { dashboardStatusName } from '../../i18n/disposition-names';
import { translate } from '../../i18n/translate';
import type { ThreadPermissions } from './comment-thread';
import { CommentThread } from './comment-thread';
import '../dispositions/dispositions.css';

interface StandardCommentTableProps {
  comments: Comment[];
  permissions: ThreadPermissions;
  /** A drafter was assigned or a disposition recorded: the list should be read again. */
  onChanged: () => void;
}

const columnCount = 8;

/** Comments on a standard for the working group: where, what kind, from whom, what, their status and who has them; each opens its thread. */
export function StandardCommentTable(props: StandardCommentTableProps) {
  // Rows are keyed by id, not by object: a list read again after a change keeps open threads open and mounted.
  const commentById = createMemo(() => new Map(props.comments.map((comment) => [comment.id, comment])));
  const commentIds = createMemo(() => props.comments.map((comment) => comment.id));
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
          <th scope="col" class="nd-comment-table__type">{translate('commentTypeColumn')}</th>
          <th scope="col">{translate('commentOrganisationColumn')}</th>
          <th scope="col">{translate('commentTextColumn')}</th>
          <th scope="col">{translate('commentProposalColumn')}</th>
          <th scope="col" class="nd-comment-table__status">{translate('commentStatusColumn')}</th>
          <th scope="col">{translate('commentAssigneeColumn')}</th>
          <th scope="col">{translate('repliesHeading')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={commentIds()}>
          {(commentId) => (
            <Show when={commentById().get(commentId)}>
              {(comment) => (
                <>
                  <tr data-testid="standard-comment" data-status={comment().status} data-progress={comment().progress} data-detached={String(comment().clauseNumber === null)}>
                    <td data-testid="standard-comment-clause" class="nd-comment-table__clause">
                      {commentClauseName(comment().clauseNumber)}
                    </td>
                    <td class="nd-comment-table__type">{commentTypeName(comment().type)}</td>
                    <td data-testid="standard-comment-organisation">{comment().submitter.organisation}</td>
                    <td class="nd-comment-table__text">
                      <Show when={comment().anchor?.quote}>
                        {(quote) => <span class="nd-comment-details__quote">{translate('commentPassageQuote', { quote: quote() })}</span>}
                      </Show>
                      {comment().comment}
                    </td>
                    <td class="nd-comment-table__text">{comment().proposedChange ?? ''}</td>
                    <td data-testid="standard-comment-status" class="nd-comment-table__status">
                      <span class={`nd-decision nd-decision--${comment().progress}`}>{dashboardStatusName(comment().progress)}</span>
                    </td>
                    <td data-testid="standard-comment-assignee">{comment().assignee?.displayName ?? translate('commentAssigneeNone')}</td>
                    <td>
                      <button type="button" class="nd-button" data-testid="standard-comment-thread" aria-expanded={isOpen(commentId)} onClick={() => toggle(commentId)}>
                        {translate(isOpen(commentId) ? 'commentThreadClose' : 'commentThreadOpen')}
                      </button>
                    </td>
                  </tr>
                  <Show when={isOpen(commentId)}>
                    <tr class="nd-comment-table__thread">
                      <td colSpan={columnCount}>
                        <CommentThread
                          comment={comment()}
                          canReply={props.permissions.canReply}
                          canAssign={props.permissions.canAssign}
                          members={props.permissions.members}
                          onAssigned={() => props.onChanged()}
                          onDispositionRecorded={() => props.onChanged()}
                        />
                      </td>
                    </tr>
                  </Show>
                </>
              )}
            </Show>
          )}
        </For>
      </tbody>
    </table>
  );
}
