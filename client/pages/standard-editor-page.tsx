import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { DocumentDownloads } from '../components/document-export/document-downloads';
import { StandardFacts } from '../components/standard-facts';
import { StandardLoader } from '../components/standard-loader';
import { ReplaceDraftWithWord } from '../components/word-import/replace-draft-with-word';
import { CommentsInEditor } from '../editor/comments/comments-in-editor';
import { DraftWorkspace } from '../editor/draft-workspace';
import { translate } from '../i18n/translate';
import { currentUser } from '../session/session-state';

export function StandardEditorPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => (
        <StandardLoader standardId={standardId}>
          {(standard) => (
            <div class="nd-editor-page">
              <header class="nd-draft-header">
                <div>
                  <h1 class="nd-draft-header__title" data-testid="standard-title">
                    {standard().title}
                  </h1>
                  <Show when={standard().titleEn}>
                    {(titleEnglish) => (
                      <p class="nd-draft-header__english" lang="en">
                        {titleEnglish()}
                      </p>
                    )}
                  </Show>
                  <StandardFacts standard={standard()} />
                  <div class="nd-draft-header__tools">
                    <DocumentDownloads standardId={standardId} />
                    <Show when={standard().canEdit}>
                      <ReplaceDraftWithWord standardId={standardId} />
                    </Show>
                  </div>
                </div>
                <nav class="nd-breadcrumbs">
                  <A href={`/standards/${encodeURIComponent(standardId)}/explanatory-statement`} data-testid="explanatory-statement-link">
                    {translate('explanatoryStatementLink')}
                  </A>
                  <A href={`/standards/${encodeURIComponent(standardId)}/stages`} data-testid="stages-link">
                    {translate('stagesLink')}
                  </A>
                  <A href={`/standards/${encodeURIComponent(standardId)}/versions`} data-testid="versions-link">
                    {translate('versionsLink')}
                  </A>
                  <A href={`/standards/${encodeURIComponent(standardId)}/comments`} data-testid="comments-link">
                    {translate('commentsLink')}
                  </A>
                  <A href={`/standards/${encodeURIComponent(standardId)}/reviews`} data-testid="reviews-link">
                    {translate('reviewsLink')}
                  </A>
                  <A href={`/standards/${encodeURIComponent(standardId)}/members`} data-testid="members-link">
                    {translate('membersLink')}
                  </A>
                  <A href="/">{translate('backToList')}</A>
                </nav>
              </header>
              <Show when={currentUser()}>
                {(user) => <DraftWorkspace standardId={standardId} user={user()} barItems={(editor) => <CommentsInEditor editor={editor} standard={standard()} />} />}
              </Show>
            </div>
          )}
        </StandardLoader>
      )}
    </Show>
  );
}
