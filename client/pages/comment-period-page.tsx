import { useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import { isApiError } from '../api/api-error';
import { fetchCommentPeriodDocument } from '../api/comments';
import { commentPeriodStatementAddress } from '../api/explanatory-statements';
import { ExplanatoryStatementDownloads } from '../components/explanatory-statement/explanatory-statement-downloads';
import { CommentImportForm } from '../components/comments/comment-import-form';
import { CommentPeriodHeader } from '../components/comments/comment-period-header';
import { CommentWorkspace } from '../components/comments/comment-workspace';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { translate } from '../i18n/translate';
import '../components/comments/comments.css';

function CommentPeriodPortal(props: { periodId: string }) {
  const [imports, setImports] = createSignal(0);
  const [loaded, { refetch }] = createResource(() => props.periodId, fetchCommentPeriodDocument);
  const missing = () => loaded.state === 'errored' && isApiError(loaded.error) && loaded.error.status === 404;
  const ready = () => (loaded.state === 'ready' ? loaded() : undefined);

  return (
    <div class="nd-comment-period-page">
      <Switch fallback={<LoadingState />}>
        <Match when={missing()}>
          <p class="nd-notice nd-notice--error" role="alert" data-testid="comment-period-not-found">
            {translate('commentPeriodNotFound')}
          </p>
        </Match>
        <Match when={loaded.state === 'errored'}>
          <ErrorNotice error={loaded.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={ready()}>
          {(current) => (
            <>
              <CommentPeriodHeader period={current().period} />
              <ExplanatoryStatementDownloads label={translate('explanatoryStatementWithDraft')} addressOf={(format) => commentPeriodStatementAddress(props.periodId, format)} />
              <CommentImportForm period={current().period} onImported={() => setImports(imports() + 1)} />
              <CommentWorkspace loaded={current()} importsDone={imports()} />
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}

/** The stakeholder portal of one comment period, reached through the link the secretariat sends. */
export function CommentPeriodPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(periodId) => <CommentPeriodPortal periodId={periodId} />}
    </Show>
  );
}
