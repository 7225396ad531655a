import { A } from '@solidjs/router';
import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { Standard } from '../../../shared/api/standards';
import type { Stage } from '../../../shared/domain/stages';
import { isApiError } from '../../api/api-error';
import { fetchStageOverview, moveStage, type PublicationDetails } from '../../api/stages';
import { PublicationPanel } from '../publication/publication-panel';
import { movesMadeOnTheStagesList } from '../publication/periodic-review-moves';
import { stageName } from '../../i18n/domain-names';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { LoadingState } from '../loading-state';
import { StageMoveDialog } from './stage-move-dialog';
import { MemberChanges } from './member-changes';
import { StageMoves } from './stage-moves';
import { StageNextSteps } from './stage-next-steps';
import { isMoveBack } from './stage-order';
import { StageTimeline } from './stage-timeline';
import './stages.css';

/** The stage timeline, what is needed to move on, and the moves so far; moving happens here. */
export function StageOverviewPanel(props: { standard: Standard }) {
  const [overview, { mutate, refetch }] = createResource(() => props.standard.id, fetchStageOverview);
  const [moving, setMoving] = createSignal<Stage | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [moveError, setMoveError] = createSignal<unknown>();
  const [movedTo, setMovedTo] = createSignal<Stage | null>(null);
  const loaded = () => (overview.state === 'ready' || overview.state === 'refreshing' ? overview() : undefined);

  function openMove(to: Stage): void {
    setMoveError(undefined);
    setMovedTo(null);
    setMoving(to);
  }

  async function confirmMove(to: Stage, note: string, publication?: PublicationDetails): Promise<void> {
    setBusy(true);
    setMoveError(undefined);
    try {
      mutate(await moveStage(props.standard.id, to, note, publication));
      setMoving(null);
      setMovedTo(to);
    } catch (error) {
      setMoveError(error);
      if (isApiError(error) && error.status === 409) void refetch();
    } finally {
      setBusy(false);
    }
  }

  const dialogTitle = (current: Stage, to: Stage) =>
    translate(isMoveBack(current, to) ? 'stageMoveBack' : 'stageMoveForward', { stage: stageName(to) });

  return (
    <Switch fallback={<LoadingState />}>
      <Match when={overview.state === 'errored'}>
        <ErrorNotice error={overview.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={loaded()}>
        {(current) => (
          <div class="nd-stages">
            <StageTimeline overview={current()} />
            <Show when={movedTo()}>
              {(stage) => (
                <p class="nd-notice nd-notice--success" role="status" data-testid="stage-moved">
                  {translate('stageMoved', { stage: stageName(stage()) })}{' '}
                  <A href={`/standards/${encodeURIComponent(props.standard.id)}/versions`}>{translate('stageMovedVersionsLink')}</A>
                </p>
              )}
            </Show>
            <div class="nd-stages__columns">
              <StageNextSteps
                overview={movesMadeOnTheStagesList(current())}
                onMove={openMove}
                emptyHint={current().stage === 'published' || current().stage === 'periodic_review' ? translate('periodicReviewMovesBelow') : undefined}
              />
              <StageMoves standardId={props.standard.id} moves={current().moves} />
              <MemberChanges changes={current().memberChanges} />
            </div>
            <PublicationPanel standardId={props.standard.id} stage={current().stage} onChanged={() => {
                setMovedTo(null);
                void refetch();
              }} />
            <Show when={moving()}>
              {(to) => (
                <StageMoveDialog
                  standardId={props.standard.id}
                  to={to()}
                  blockedBy={current().next.find((next) => next.to === to())?.blockedBy ?? null}
                  title={dialogTitle(current().stage, to())}
                  busy={busy()}
                  error={moveError()}
                  onConfirm={(note, publication) => void confirmMove(to(), note, publication)}
                  onClose={() => setMoving(null)}
                />
              )}
            </Show>
          </div>
        )}
      </Match>
    </Switch>
  );
}
