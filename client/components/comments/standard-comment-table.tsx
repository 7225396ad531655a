import { For } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import { commentClauseName, commentStatusName, commentTypeName } from '../../i18n/comment-names';
import { translate } from '../../i18n/translate';

/** Comments on a standard for the working group: where, what kind, from whom, what and their status. */
export function StandardCommentTable(props: { comments: Comment[] }) {
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
        </tr>
      </thead>
      <tbody>
        <For each={props.comments}>
          {(comment) => (
            <tr data-testid="standard-comment" data-status={comment.status} data-detached={String(comment.clauseNumber === null)}>
              <td data-testid="standard-comment-clause" class="nd-comment-table__clause">
                {commentClauseName(comment.clauseNumber)}
              </td>
              <td>{commentTypeName(comment.type)}</td>
              <td data-testid="standard-comment-organisation">{comment.submitter.organisation}</td>
              <td class="nd-comment-table__text">{comment.comment}</td>
              <td class="nd-comment-table__text">{comment.proposedChange ?? ''}</td>
              <td>{commentStatusName(comment.status)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
