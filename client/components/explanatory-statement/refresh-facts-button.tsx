import { Show, createSignal } from 'solid-js';
import { refreshExplanatoryStatementFacts } from '../../api/explanatory-statements';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';

/** "更新事实": asks first, because it replaces the text of the two fact sub-clauses. */
export function RefreshFactsButton(props: { standardId: string }) {
  const [busy, setBusy] = createSignal(false);
  const [result, setResult] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<unknown>();

  async function refresh(): Promise<void> {
    if (!window.confirm(translate('explanatoryStatementRefreshFactsConfirm'))) return;
    setBusy(true);
    setFailure(undefined);
    setResult(null);
    try {
      const { refreshedClauses } = await refreshExplanatoryStatementFacts(props.standardId);
      setResult(refreshedClauses.length > 0 ? translate('explanatoryStatementRefreshed', { clauses: refreshedClauses.join('、') }) : translate('explanatoryStatementNothingRefreshed'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span class="nd-refresh-facts">
      <button type="button" class="nd-button" data-testid="refresh-facts" disabled={busy()} title={translate('explanatoryStatementRefreshFactsHint')} onClick={() => void refresh()}>
        {translate('explanatoryStatementRefreshFacts')}
      </button>
      <Show when={result()}>
        {(text) => (
          <span role="status" class="nd-muted" data-testid="refresh-facts-result">
            {text()}
          </span>
        )}
      </Show>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
    </span>
  );
}
