import { For, Show, createSignal } from 'solid-js';
import type { ComparisonResponse } from '../../../shared/api/versions';
import { localizedText } from '../../i18n/localized-text';
import { translate } from '../../i18n/translate';
import { changeName } from '../../i18n/version-names';
import type { ComparisonFilterValue } from './comparison-filter';
import { ComparisonFilter } from './comparison-filter';
import { ComparisonEntry } from './comparison-entry';
import './change-marks.css';
import './comparison.css';

const countedChanges = ['changed', 'added', 'removed', 'moved', 'renumbered'] as const;

/** The summary, a filter and every compared clause with its marked text changes. */
export function ComparisonView(props: { comparison: ComparisonResponse }) {
  const [filter, setFilter] = createSignal<ComparisonFilterValue>('changed');
  const shown = () =>
    filter() === 'all' ? props.comparison.clauses : props.comparison.clauses.filter((entry) => entry.change !== 'unchanged');

  return (
    <div class="nd-comparison">
      <section class="nd-comparison__summary">
        <p data-testid="compare-summary">{localizedText(props.comparison.summary.text)}</p>
        <ul class="nd-comparison__counts">
          <For each={countedChanges}>
            {(change) => (
              <li class="nd-change-badge" classList={{ [`nd-change-badge--${change}`]: true, 'nd-change-badge--none': props.comparison.summary[change] === 0 }}>
                {changeName(change)} {props.comparison.summary[change]}
              </li>
            )}
          </For>
        </ul>
      </section>
      <div class="nd-comparison__tools nd-no-print">
        <ComparisonFilter value={filter()} onChange={setFilter} />
        <p class="nd-comparison__legend">
          {translate('compareLegend')} <ins>{translate('compareLegendInserted')}</ins> <del>{translate('compareLegendDeleted')}</del>
        </p>
      </div>
      <Show
        when={shown().length > 0}
        fallback={
          <p class="nd-empty" data-testid="compare-empty">
            {translate(props.comparison.clauses.length === 0 ? 'compareNothingToShow' : 'compareNoChanges')}
          </p>
        }
      >
        <ol class="nd-comparison__list">
          <For each={shown()}>{(entry) => <ComparisonEntry entry={entry} />}</For>
        </ol>
      </Show>
    </div>
  );
}
