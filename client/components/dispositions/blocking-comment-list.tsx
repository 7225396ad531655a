import { For, Show, createSignal } from 'solid-js';
import type { CommentDashboard, Disposition } from '../../../shared/api/dispositions';
import { commentClauseName } from '../../i18n/comment-names';
import { translate } from '../../i18n/translate';
import { commentTypeKeyName } from './comment-type-key-name';
import { DispositionPanel } from './disposition-panel';

interface BlockingCommentListProps {
  standardId: string;
  comments: CommentDashboard['blocking'];
  canDecide: boolean;
  onRecorded: (disposition: Disposition) => void;
}

/** The comments still without a final decision; each opens its disposition panel right here. */
export function BlockingCommentList(props: BlockingCommentListProps) {
  const [openComment, setOpenComment] = createSignal<string | null>(null);
  const toggle = (commentId: string) => setOpenComment((previous) => (previous === commentId ? null : commentId));

  return (
    <ol class="nd-blocking-comments" data-testid="dashboard-blocking">
      <For each={props.comments}>
        {(comment) => (
          <li class="nd-blocking-comment" id={`comment-${comment.id}`} data-testid="dashboard-blocking-comment" data-comment-id={comment.id}>
            <div class="nd-blocking-comment__summary">
              <span class="nd-blocking-comment__clause">{commentClauseName(comment.clauseNumber)}</span>
              <span class={`nd-comment-type nd-comment-type--${comment.type}`}>{commentTypeKeyName(comment.type)}</span>
              <span class="nd-muted">{comment.organisation === '' ? translate('dashboardOrganisationUnknown') : comment.organisation}</span>
              <button
                type="button"
                class="nd-button nd-blocking-comment__open"
                aria-expanded={openComment() === comment.id}
                data-testid="dashboard-blocking-open"
                onClick={() => toggle(comment.id)}
              >
                {translate(openComment() === comment.id ? 'dashboardBlockingClose' : props.canDecide ? 'dashboardBlockingDecide' : 'dashboardBlockingShow')}
              </button>
            </div>
            <p class="nd-blocking-comment__text">{comment.comment}</p>
            <Show when={openComment() === comment.id}>
              <DispositionPanel commentId={comment.id} withdrawn={false} canDecide={props.canDecide} standardId={props.standardId} onRecorded={props.onRecorded} />
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}
