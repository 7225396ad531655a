import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { StageOverviewResponse } from '../../../shared/api/versions';
import { stageName } from '../../i18n/domain-names';
import { formatDateTime, translate } from '../../i18n/translate';

interface StageMovesProps {
  standardId: string;
  moves: StageOverviewResponse['moves'];
}

/** Past stage moves, newest first: when, who, why, and the version each move froze. */
export function StageMoves(props: StageMovesProps) {
  const newestFirst = () => [...props.moves].sort((first, second) => second.movedAt.localeCompare(first.movedAt));
  return (
    <section class="nd-stage-moves" aria-labelledby="stage-moves-heading">
      <h2 id="stage-moves-heading">{translate('stageMovesHeading')}</h2>
      <Show when={props.moves.length > 0} fallback={<p class="nd-empty">{translate('stageMovesEmpty')}</p>}>
        <ol class="nd-stage-moves__list">
          <For each={newestFirst()}>
            {(move) => (
              <li class="nd-stage-move" data-testid="stage-move" data-from={move.from} data-to={move.to}>
                <p class="nd-stage-move__stages">
                  <span>{stageName(move.from)}</span>
                  <span aria-hidden="true"> → </span>
                  <strong>{stageName(move.to)}</strong>
                </p>
                <p class="nd-stage-move__meta">{translate('stageMovedBy', { name: move.movedBy.displayName, date: formatDateTime(move.movedAt) })}</p>
                <Show when={move.note}>{(note) => <p class="nd-stage-move__note">{note()}</p>}</Show>
                <A href={`/standards/${encodeURIComponent(props.standardId)}/versions/${encodeURIComponent(move.versionId)}`} class="nd-stage-move__version">
                  {translate('stageMoveVersionLink')}
                </A>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
