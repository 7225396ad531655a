import { Show } from 'solid-js';
import type { ClauseComparison } from '../../../shared/api/versions';
import { translate } from '../../i18n/translate';
import { changeName, comparedKindName } from '../../i18n/version-names';
import { TextChanges } from './text-changes';

/** A number as the standard itself prints it, whatever the interface language: 附录A, 表3, 4.2. */
function printedNumber(kind: ClauseComparison['kind'], number: string | null): string {
  if (number === null) return translate('compareNoNumber');
  if (kind === 'annex') return `附录${number}`;
  if (kind === 'table') return `表${number}`;
  return number;
}

function numberText(entry: ClauseComparison): string {
  const from = printedNumber(entry.kind, entry.fromNumber);
  const to = printedNumber(entry.kind, entry.toNumber);
  return from === to ? to : `${from} → ${to}`;
}

export function ComparisonEntry(props: { entry: ClauseComparison }) {
  const textChangedToo = () => props.entry.textChanged && (props.entry.change === 'moved' || props.entry.change === 'renumbered');
  return (
    <li
      class="nd-comparison-entry"
      classList={{ [`nd-comparison-entry--${props.entry.change}`]: true }}
      data-testid="compare-entry"
      data-change={props.entry.change}
      data-id={props.entry.id}
    >
      <div class="nd-comparison-entry__heading">
        <span class="nd-comparison-entry__numbers" data-testid="compare-numbers">
          {numberText(props.entry)}
        </span>
        <span class="nd-comparison-entry__title" classList={{ 'nd-muted': !props.entry.title }} lang="zh-CN">
          {props.entry.title || translate('outlineUntitled')}
        </span>
        <span class="nd-comparison-entry__kind">{comparedKindName(props.entry.kind)}</span>
        <span class="nd-change-badge" classList={{ [`nd-change-badge--${props.entry.change}`]: true }} data-testid="compare-badge">
          {changeName(props.entry.change)}
        </span>
        <Show when={textChangedToo()}>
          <span class="nd-change-badge nd-change-badge--changed">{translate('changeTextToo')}</span>
        </Show>
      </div>
      <Show when={props.entry.change !== 'unchanged'}>
        <TextChanges changes={props.entry.textChanges} />
      </Show>
    </li>
  );
}
