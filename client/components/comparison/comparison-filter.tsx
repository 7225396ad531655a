import { For } from 'solid-js';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';

export type ComparisonFilterValue = 'changed' | 'all';

const choices: { value: ComparisonFilterValue; label: MessageKey }[] = [
  { value: 'changed', label: 'compareFilterChanged' },
  { value: 'all', label: 'compareFilterAll' },
];

interface ComparisonFilterProps {
  value: ComparisonFilterValue;
  onChange: (value: ComparisonFilterValue) => void;
}

export function ComparisonFilter(props: ComparisonFilterProps) {
  return (
    <fieldset class="nd-comparison-filter">
      <legend>{translate('compareFilterLabel')}</legend>
      <For each={choices}>
        {(choice) => (
          <label
            class="nd-comparison-filter__choice"
            classList={{ 'nd-comparison-filter__choice--on': props.value === choice.value }}
            data-testid={`compare-filter-${choice.value}`}
          >
            <input
              type="radio"
              name="comparison-filter"
              value={choice.value}
              checked={props.value === choice.value}
              onChange={() => props.onChange(choice.value)}
            />
            {translate(choice.label)}
          </label>
        )}
      </For>
    </fieldset>
  );
}
