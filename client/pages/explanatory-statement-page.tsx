import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { liveStatementAddress } from '../api/explanatory-statements';
import { ExplanatoryStatementDownloads } from '../components/explanatory-statement/explanatory-statement-downloads';
import { RefreshFactsButton } from '../components/explanatory-statement/refresh-facts-button';
import { StandardLoader } from '../components/standard-loader';
import { StandardNavigation } from '../components/standard-navigation';
import { DraftWorkspace } from '../editor/draft-workspace';
import { translate } from '../i18n/translate';
import { currentUser } from '../session/session-state';

/** The 编制说明: the standard's second live document, in the same editor as the draft. */
export function ExplanatoryStatementPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => (
        <StandardLoader standardId={standardId}>
          {(standard) => (
            <div class="nd-editor-page">
              <StandardNavigation standardId={standardId} />
              <header class="nd-draft-header">
                <div>
                  <h1 class="nd-draft-header__title" data-testid="statement-title">
                    {translate('explanatoryStatementPageTitle', { title: standard().title })}
                  </h1>
                  <p class="nd-muted">{translate('explanatoryStatementIntro')}</p>
                  <div class="nd-draft-header__tools">
                    <ExplanatoryStatementDownloads addressOf={(format) => liveStatementAddress(standardId, format)} />
                    <Show when={standard().canEdit}>
                      <RefreshFactsButton standardId={standardId} />
                    </Show>
                  </div>
                </div>
              </header>
              <Show when={currentUser()}>{(user) => <DraftWorkspace standardId={standardId} user={user()} documentKind="explanatoryStatement" />}</Show>
              <p>
                <A href={`/standards/${encodeURIComponent(standardId)}`}>{translate('explanatoryStatementBackToDraft')}</A>
              </p>
            </div>
          )}
        </StandardLoader>
      )}
    </Show>
  );
}
