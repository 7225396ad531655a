import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import type { Version } from '../../shared/api/versions';
import { listVersions, restoreVersion } from '../api/versions';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { StandardLoader } from '../components/standard-loader';
import { CommentPeriodPanel } from '../components/comment-periods/comment-period-panel';
import { suggestedPeriodVersion } from '../components/comment-periods/suggested-period-version';
import { OpenCommentPeriodDialog } from '../components/comments/open-comment-period-dialog';
import { StandardNavigation } from '../components/standard-navigation';
import { CompareControls } from '../components/versions/compare-controls';
import { FreezeVersionForm } from '../components/versions/freeze-version-form';
import { RestoreVersionDialog } from '../components/versions/restore-version-dialog';
import { VersionTable } from '../components/versions/version-table';
import { translate } from '../i18n/translate';
import '../components/versions/versions.css';

type Outcome = { kind: 'frozen'; name: string } | { kind: 'restored'; name: string; saved: string };

function outcomeText(outcome: Outcome): string {
  if (outcome.kind === 'frozen') return translate('versionFrozen', { name: outcome.name });
  return translate('versionRestored', { name: outcome.name, saved: outcome.saved });
}

function VersionsOfStandard(props: { standard: Standard }) {
  const [versions, { refetch }] = createResource(() => props.standard.id, listVersions);
  const [restoring, setRestoring] = createSignal<Version | null>(null);
  const [restoreBusy, setRestoreBusy] = createSignal(false);
  const [restoreError, setRestoreError] = createSignal<unknown>();
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);
  const [openingCommentPeriod, setOpeningCommentPeriod] = createSignal<Version | null>(null);
  const [periodRevision, setPeriodRevision] = createSignal(0);
  const loaded = () => (versions.state === 'ready' || versions.state === 'refreshing' ? (versions() ?? []) : undefined);
  const draftAddress = () => `/standards/${encodeURIComponent(props.standard.id)}`;

  function frozen(version: Version): void {
    setOutcome({ kind: 'frozen', name: version.name });
    void refetch();
  }

  function askToRestore(version: Version): void {
    setRestoreError(undefined);
    setRestoring(version);
  }

  async function confirmRestore(version: Version): Promise<void> {
    setRestoreBusy(true);
    setRestoreError(undefined);
    try {
      const saved = await restoreVersion(props.standard.id, version.id);
      setRestoring(null);
      setOutcome({ kind: 'restored', name: version.name, saved: saved.name });
      void refetch();
    } catch (error) {
      setRestoreError(error);
    } finally {
      setRestoreBusy(false);
    }
  }

  return (
    <div class="nd-versions-page">
      <StandardNavigation standardId={props.standard.id} />
      <h1>{translate('versionsTitle', { title: props.standard.title })}</h1>
      <p class="nd-muted">{translate('versionsExplanation')}</p>
      <Show when={outcome()}>
        {(done) => (
          <p class="nd-notice nd-notice--success" role="status" data-testid="versions-outcome" data-kind={done().kind}>
            {outcomeText(done())}{' '}
            <Show when={done().kind === 'restored'}>
              <A href={draftAddress()} data-testid="open-draft">
                {translate('openDraft')}
              </A>
            </Show>
          </p>
        )}
      </Show>
      <section class="nd-versions-page__panel" aria-labelledby="freeze-heading">
        <h2 id="freeze-heading">{translate('freezeHeading')}</h2>
        <Show when={props.standard.canEdit} fallback={<p class="nd-muted">{translate('cannotFreeze')}</p>}>
          <FreezeVersionForm standardId={props.standard.id} onFrozen={frozen} />
        </Show>
      </section>
      <CommentPeriodPanel
        standardId={props.standard.id}
        manages={props.standard.myRole === 'secretariat'}
        revision={periodRevision()}
        suggestedVersion={suggestedPeriodVersion(loaded() ?? [])}
        onOpenPeriod={setOpeningCommentPeriod}
      />
      <Switch fallback={<LoadingState />}>
        <Match when={versions.state === 'errored'}>
          <ErrorNotice error={versions.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={loaded()}>
          {(list) => (
            <>
              <section class="nd-versions-page__panel" aria-labelledby="compare-heading">
                <h2 id="compare-heading">{translate('compareHeading')}</h2>
                <Show when={list().length > 0} fallback={<p class="nd-muted">{translate('compareNeedsVersion')}</p>}>
                  <CompareControls standardId={props.standard.id} versions={list()} />
                </Show>
              </section>
              <section aria-labelledby="version-list-heading">
                <h2 id="version-list-heading">{translate('versionListHeading')}</h2>
                <Show
                  when={list().length > 0}
                  fallback={
                    <p class="nd-empty" data-testid="versions-empty">
                      {translate(props.standard.canEdit ? 'versionsEmpty' : 'versionsEmptyReader')}
                    </p>
                  }
                >
                  <VersionTable
                    standardId={props.standard.id}
                    versions={list()}
                    canEdit={props.standard.canEdit}
                    canOpenCommentPeriod={props.standard.myRole === 'secretariat'}
                    onRestore={askToRestore}
                    onOpenCommentPeriod={setOpeningCommentPeriod}
                  />
                </Show>
              </section>
            </>
          )}
        </Match>
      </Switch>
      <Show when={restoring()}>
        {(version) => (
          <RestoreVersionDialog
            version={version()}
            busy={restoreBusy()}
            error={restoreError()}
            onConfirm={() => void confirmRestore(version())}
            onClose={() => setRestoring(null)}
          />
        )}
      </Show>
      <Show when={openingCommentPeriod()}>
        {(version) => (
          <OpenCommentPeriodDialog
            standardId={props.standard.id}
            version={version()}
            onOpened={() => setPeriodRevision(periodRevision() + 1)}
            onClose={() => {
              setOpeningCommentPeriod(null);
              setPeriodRevision(periodRevision() + 1);
            }}
          />
        )}
      </Show>
    </div>
  );
}

export function VersionsPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => <StandardLoader standardId={standardId}>{(standard) => <VersionsOfStandard standard={standard()} />}</StandardLoader>}
    </Show>
  );
}
