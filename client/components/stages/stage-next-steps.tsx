import { For, Show } from 'solid-js';
import type { StageOverviewResponse } from '../../../shared/api/versions';
import type { Stage } from '../../../shared/domain/stages';
import { draftLabels } from '../../../shared/domain/stages';
import { stageName } from '../../i18n/domain-names';
import { localizedText } from '../../i18n/localized-text';
import { translate } from '../../i18n/translate';
import { isMoveBack } from './stage-order';

interface StageNextStepsProps {
  overview: StageOverviewResponse;
  onMove: (to: Stage) => void;
  /** Said instead of "no stage to move to" when the next moves are made elsewhere (复审). */
  emptyHint?: string;
}

/** What is needed to move on: one button per possible next stage, with the gate that blocks it, if any. */
export function StageNextSteps(props: StageNextStepsProps) {
  const moveLabel = (to: Stage) =>
    translate(isMoveBack(props.overview.stage, to) ? 'stageMoveBack' : 'stageMoveForward', { stage: stageName(to) });

  return (
    <section class="nd-stage-next" aria-labelledby="stage-next-heading">
      <h2 id="stage-next-heading">{translate('stageNextHeading')}</h2>
      <p class="nd-muted">{translate('stageNextExplanation')}</p>
      <Show when={!props.overview.canMove && props.overview.next.length > 0}>
        <p class="nd-notice" data-testid="stage-cannot-move">
          {translate('stageCannotMove')}
        </p>
      </Show>
      <Show when={props.overview.next.length > 0} fallback={<p class="nd-empty" data-testid="stage-next-empty">{props.emptyHint ?? translate('stageNextEmpty')}</p>}>
        <ul class="nd-stage-next__list">
          <For each={props.overview.next}>
            {(next) => (
              <li class="nd-stage-next__item" data-testid="stage-next" data-to={next.to} data-blocked={next.blockedBy ? next.blockedBy.id : undefined}>
                <button
                  type="button"
                  class="nd-button"
                  classList={{ 'nd-button--primary': !isMoveBack(props.overview.stage, next.to) }}
                  data-testid="move-stage"
                  data-to={next.to}
                  disabled={!props.overview.canMove || next.blockedBy !== null}
                  onClick={() => props.onMove(next.to)}
                >
                  {moveLabel(next.to)}
                </button>
                <Show when={draftLabels[next.to]}>{(label) => <span class="nd-stage-next__label">{label()}</span>}</Show>
                <Show
                  when={next.blockedBy}
                  fallback={
                    <Show when={props.overview.canMove}>
                      <p class="nd-stage-next__ready">{translate('stageReady')}</p>
                    </Show>
                  }
                >
                  {(gate) => (
                    <p class="nd-stage-next__blocked" data-testid="stage-gate" data-gate={gate().id}>
                      {translate('stageBlockedBy', { reason: localizedText(gate().message) })}
                    </p>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
