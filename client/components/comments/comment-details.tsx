import { Show } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import { commentStatusName, commentTypeName } from '../../i18n/comment-names';
import { formatDateTime, translate } from '../../i18n/translate';
import './comments.css';

/** One comment as the commenter wrote it: kind, who, when, the text, the proposal, the reason and what it points at. */
export function CommentDetails(props: { comment: Comment }) {
  return (
    <div class="nd-comment-details">
      <p class="nd-comment-details__meta">
        <span class={`nd-comment-type nd-comment-type--${props.comment.type}`}>{commentTypeName(props.comment.type)}</span>
        <span data-testid="comment-organisation">
          {translate('commentFrom', { organisation: props.comment.submitter.organisation, name: props.comment.submitter.displayName })}
        </span>
        <time class="nd-muted" dateTime={props.comment.createdAt}>
          {formatDateTime(props.comment.createdAt)}
        </time>
        <Show when={props.comment.status === 'withdrawn'}>
          <span class="nd-badge">{commentStatusName(props.comment.status)}</span>
        </Show>
      </p>
      <Show when={props.comment.anchor?.quote}>
        {(quote) => (
          <p class="nd-comment-details__quote" data-testid="comment-quote">
            {translate('commentPassageQuote', { quote: quote() })}
          </p>
        )}
      </Show>
      <p class="nd-comment-details__text" data-testid="comment-text-shown">
        {props.comment.comment}
      </p>
      <Show when={props.comment.proposedChange}>
        {(proposal) => (
          <p class="nd-comment-details__text">
            <strong>{translate('commentProposalHeading')}</strong>
            {proposal()}
          </p>
        )}
      </Show>
      <Show when={props.comment.reason}>
        {(reason) => (
          <p class="nd-comment-details__text">
            <strong>{translate('commentReasonHeading')}</strong>
            {reason()}
          </p>
        )}
      </Show>
      <Show when={props.comment.elementReference}>
        {(element) => (
          <p class="nd-muted">
            {translate('commentElementHeading')}
            {element()}
          </p>
        )}
      </Show>
    </div>
  );
}
