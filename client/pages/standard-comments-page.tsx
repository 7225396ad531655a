import { useParams } from '@solidjs/router';
import { Match, Show, Switch, createMemo, createResource, createSignal } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { roleCanEditDraft } from '../../shared/domain/roles';
import { listStandardComments } from '../api/comments';
import { listMembers } from '../api/standards';
import type { ThreadPermissions } from '../components/comments/comment-thread';
import type { CommentFilterValues } from '../components/comments/comment-filters';
import { CommentFilters, matchesFilters, noCommentFilters } from '../components/comments/comment-filters';
import { StandardCommentTable } from '../components/comments/standard-comment-table';
import { CommentTableDownload } from '../components/comment-table/comment-table-download';
import { CommentDashboardLink } from '../components/dispositions/comment-dashboard-link';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { SearchField } from '../components/search-field';
import { StandardLoader } from '../components/standard-loader';
import { StandardNavigation } from '../components/standard-navigation';
import { translate } from '../i18n/translate';
import '../components/comments/comments.css';

function CommentsOfStandard(props: { standard: Standard }) {
  const [query, setQuery] = createSignal('');
  const [comments, { refetch }] = createResource(() => ({ standardId: props.standard.id, query: query() }), (source) => listStandardComments(source.standardId, source.query));
  const [filters, setFilters] = createSignal<CommentFilterValues>(noCommentFilters);
  const loaded = () => (comments.state === 'ready' || comments.state === 'refreshing' ? comments.latest : undefined);
  const shown = createMemo(() => (loaded() ?? []).filter((comment) => matchesFilters(comment, filters())));
  const canAssign = () => props.standard.myRole === 'secretariat' || props.standard.myRole === 'convenor';
  const [members] = createResource(() => (canAssign() ? props.standard.id : false), listMembers);
  const permissions = (): ThreadPermissions => ({
    canReply: props.standard.myRole !== null && roleCanEditDraft(props.standard.myRole),
    canAssign: canAssign(),
    members: members.latest ?? [],
  });

  return (
    <div class="nd-standard-comments-page">
      <StandardNavigation standardId={props.standard.id} />
      <h1>{translate('standardCommentsTitle', { title: props.standard.title })}</h1>
      <p class="nd-muted">{translate('standardCommentsExplanation')}</p>
      <CommentDashboardLink standardId={props.standard.id} />
      <CommentTableDownload standardId={props.standard.id} />
      <SearchField label={translate('commentSearchLabel')} placeholder={translate('commentSearchPlaceholder')} testId="comment-search" onSearch={setQuery} />
      <Switch fallback={<LoadingState />}>
        <Match when={comments.state === 'errored'}>
          <ErrorNotice error={comments.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={loaded()}>
          {(list) => (
            <Show
              when={list().length > 0}
              fallback={
                <Show
                  when={query() !== ''}
                  fallback={
                    <p class="nd-empty" data-testid="standard-comments-empty">
                      {translate('standardCommentsEmpty')}
                    </p>
                  }
                >
                  <p class="nd-empty" data-testid="comment-search-empty">
                    {translate('commentSearchEmpty', { query: query() })}
                  </p>
                </Show>
              }
            >
              <CommentFilters comments={list()} values={filters()} onChange={setFilters} />
              <Show when={shown().length > 0} fallback={<p class="nd-empty">{translate('standardCommentsNoMatch')}</p>}>
                <StandardCommentTable comments={shown()} permissions={permissions()} onChanged={() => void refetch()} />
              </Show>
            </Show>
          )}
        </Match>
      </Switch>
    </div>
  );
}

/** The working group's view of every comment on a standard. */
export function StandardCommentsPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => <StandardLoader standardId={standardId}>{(standard) => <CommentsOfStandard standard={standard()} />}</StandardLoader>}
    </Show>
  );
}
