import { For, Show } from 'solid-js';
import type { StageOverviewResponse } from '../../../shared/api/versions';
import type { Stage } from '../../../shared/domain/stages';
import { draftLabels } from '../../../shared/domain/stages';
import { stageName } from '../../i18n/domain-names';
import { formatDate, translate } from '../../i18n/translate';
import { laterStages, mainStages, stageCodes, stageStatus } from './stage-order';
import './stage-timeline.css';

interface StageTimelineProps {
  overview: StageOverviewResponse;
}

/** When the standard last entered this stage, if a recorded move brought it there. */
function lastArrival(overview: StageOverviewResponse, stage: Stage): string | null {
  const arrivals = overview.moves.filter((move) => move.to === stage).map((move) => move.movedAt);
  return arrivals.sort().at(-1) ?? null;
}

function StageStep(props: { stage: Stage; overview: StageOverviewResponse }) {
  const status = () => stageStatus(props.stage, props.overview.stage);
  const arrival = () => lastArrival(props.overview, props.stage);
  return (
    <li
      class="nd-stage-step"
      classList={{ [`nd-stage-step--${status()}`]: true }}
      data-testid="stage-step"
      data-stage={props.stage}
      data-status={status()}
      aria-current={status() === 'current' ? 'step' : undefined}
    >
      <span class="nd-stage-step__marker" aria-hidden="true">
        {status() === 'passed' ? '✓' : stageCodes[props.stage]}
      </span>
      <span class="nd-stage-step__name">{stageName(props.stage)}</span>
      <Show when={draftLabels[props.stage]}>{(label) => <span class="nd-stage-step__label">{label()}</span>}</Show>
      <Show when={status() === 'current'}>
        <span class="nd-stage-step__current">{translate('stageCurrentMarker')}</span>
      </Show>
      <Show when={arrival()}>{(date) => <span class="nd-stage-step__date">{formatDate(date())}</span>}</Show>
    </li>
  );
}

/** The life cycle of the standard with the current stage highlighted and its draft label. */
export function StageTimeline(props: StageTimelineProps) {
  return (
    <section class="nd-stage-timeline" data-testid="stage-timeline" data-stage={props.overview.stage} aria-label={translate('stageTimelineLabel')}>
      <ol class="nd-stage-timeline__main">
        <For each={mainStages}>{(stage) => <StageStep stage={stage} overview={props.overview} />}</For>
      </ol>
      <div class="nd-stage-timeline__later">
        <span class="nd-stage-timeline__later-label">{translate('stageAfterPublication')}</span>
        <ol class="nd-stage-timeline__main">
          <For each={laterStages}>{(stage) => <StageStep stage={stage} overview={props.overview} />}</For>
        </ol>
      </div>
      <p class="nd-stage-timeline__draft-label" data-testid="draft-label">
        {props.overview.draftLabel ? translate('stageDraftLabel', { label: props.overview.draftLabel }) : translate('stageNoDraftLabel')}
      </p>
    </section>
  );
}
