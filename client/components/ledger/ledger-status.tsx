import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { LedgerVerification } from '../../../shared/api/ledger';
import { fetchLedgerCheckpoint, fetchLedgerPublicKey, verifyLedgerNow } from '../../api/ledger';
import { describeLedgerProblem } from '../../i18n/ledger-problem-names';
import { formatDateTime, translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { LoadingState } from '../loading-state';
import './ledger.css';

/** 记录日志: the server's public key, the latest signed checkpoint, and a button that verifies the whole log. */
export function LedgerStatus() {
  const [publicKey] = createResource(fetchLedgerPublicKey);
  const [checkpoint, { refetch, mutate }] = createResource(fetchLedgerCheckpoint);
  const [verification, setVerification] = createSignal<LedgerVerification | null>(null);
  const [verifyError, setVerifyError] = createSignal<unknown>();
  const [verifying, setVerifying] = createSignal(false);

  async function verify(): Promise<void> {
    setVerifying(true);
    setVerifyError(undefined);
    try {
      const result = await verifyLedgerNow();
      setVerification(result);
      if (result.checkpoint) mutate(result.checkpoint);
    } catch (error) {
      setVerifyError(error);
    } finally {
      setVerifying(false);
    }
  }

  return (
    <section class="nd-ledger" aria-labelledby="ledger-title" data-testid="ledger-status">
      <h2 id="ledger-title">{translate('ledgerTitle')}</h2>
      <p class="nd-muted">{translate('ledgerExplanation')}</p>
      <dl class="nd-ledger__facts">
        <dt>{translate('ledgerPublicKey')}</dt>
        <dd class="nd-ledger__hash" data-testid="ledger-public-key">
          {publicKey()?.publicKey ?? '…'}
        </dd>
      </dl>
      <Switch fallback={<LoadingState />}>
        <Match when={checkpoint.error !== undefined}>
          <ErrorNotice error={checkpoint.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={checkpoint.latest}>
          {(current) => (
            <Show when={current().treeSize > 0} fallback={<p data-testid="ledger-empty">{translate('ledgerNoRecords')}</p>}>
              <h3>{translate('ledgerCheckpoint')}</h3>
              <dl class="nd-ledger__facts" data-testid="ledger-checkpoint">
                <dt>{translate('ledgerTreeSize')}</dt>
                <dd data-testid="ledger-tree-size">{current().treeSize}</dd>
                <dt>{translate('ledgerRootHash')}</dt>
                <dd class="nd-ledger__hash" data-testid="ledger-root-hash">
                  {current().rootHash}
                </dd>
                <dt>{translate('ledgerCheckpointTime')}</dt>
                <dd>{formatDateTime(current().timestamp)}</dd>
                <dt>{translate('ledgerCheckpointHash')}</dt>
                <dd class="nd-ledger__hash">{current().checkpointHash}</dd>
              </dl>
            </Show>
          )}
        </Match>
      </Switch>
      <div class="nd-ledger__verify">
        <button type="button" class="nd-button" disabled={verifying()} onClick={() => void verify()} data-testid="ledger-verify">
          {verifying() ? translate('ledgerVerifying') : translate('ledgerVerifyNow')}
        </button>
        <Show when={verifyError()}>{(error) => <ErrorNotice error={error()} />}</Show>
        <Show when={verification()}>
          {(result) => (
            <p
              class="nd-notice"
              classList={{ 'nd-notice--success': result().ok, 'nd-notice--error': !result().ok }}
              role="status"
              data-testid="ledger-verification"
            >
              <Show when={result().problem} fallback={translate('ledgerVerifiedOk', { entries: result().entries })}>
                {(problem) => describeLedgerProblem(problem())}
              </Show>
            </p>
          )}
        </Show>
      </div>
    </section>
  );
}
