import { useNavigate } from '@solidjs/router';
import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { Version } from '../../../shared/api/versions';
import { liveDraft } from '../../api/versions';
import { stageName } from '../../i18n/domain-names';
import { formatDateTime, translate } from '../../i18n/translate';

interface CompareControlsProps {
  standardId: string;
  versions: Version[];
  from?: string;
  to?: string;
}

function optionLabel(version: Version): string {
  return translate('compareOptionLabel', { name: version.name, stage: stageName(version.stage), date: formatDateTime(version.createdAt) });
}

/** Two pickers (a frozen version or the current draft) and a button that opens the comparison. */
export function CompareControls(props: CompareControlsProps) {
  const navigate = useNavigate();
  const fromId = createUniqueId();
  const toId = createUniqueId();
  const [chosenFrom, setChosenFrom] = createSignal<string | null>(null);
  const [chosenTo, setChosenTo] = createSignal<string | null>(null);
  const from = () => chosenFrom() ?? props.from ?? props.versions[0]?.id ?? liveDraft;
  const to = () => chosenTo() ?? props.to ?? liveDraft;
  const sameSides = () => from() === to();

  function submit(event: SubmitEvent): void {
    event.preventDefault();
    if (sameSides()) return;
    const query = new URLSearchParams({ from: from(), to: to() });
    navigate(`/standards/${encodeURIComponent(props.standardId)}/compare?${query.toString()}`);
  }

  const options = (selected: () => string) => (
    <>
      <option value={liveDraft} selected={selected() === liveDraft}>
        {translate('liveDraftName')}
      </option>
      <For each={props.versions}>
        {(version) => (
          <option value={version.id} selected={selected() === version.id}>
            {optionLabel(version)}
          </option>
        )}
      </For>
    </>
  );

  return (
    <form class="nd-form nd-form--inline nd-compare-controls" onSubmit={submit}>
      <div class="nd-field">
        <label for={fromId}>{translate('compareFromLabel')}</label>
        <select id={fromId} data-testid="compare-from" onChange={(event) => setChosenFrom(event.currentTarget.value)}>
          {options(from)}
        </select>
      </div>
      <span class="nd-compare-controls__arrow" aria-hidden="true">
        →
      </span>
      <div class="nd-field">
        <label for={toId}>{translate('compareToLabel')}</label>
        <select id={toId} data-testid="compare-to" onChange={(event) => setChosenTo(event.currentTarget.value)}>
          {options(to)}
        </select>
      </div>
      <button type="submit" class="nd-button nd-button--primary" data-testid="compare-versions" disabled={sameSides()}>
        {translate('compareSubmit')}
      </button>
      <Show when={sameSides()}>
        <p class="nd-field__hint">{translate('compareSameSides')}</p>
      </Show>
    </form>
  );
}
