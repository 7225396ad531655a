import { createSignal, createUniqueId, onCleanup } from 'solid-js';
import { maximumSearchQueryLength } from '../../shared/search/text-query';

interface SearchFieldProps {
  label: string;
  placeholder: string;
  testId: string;
  /** Called with the trimmed query once typing pauses. */
  onSearch: (query: string) => void;
}

/** Typing pauses this long before a search is asked for. */
const searchDelayMilliseconds = 250;

/** A labelled search box that asks for a search once the person stops typing. */
export function SearchField(props: SearchFieldProps) {
  const fieldId = createUniqueId();
  const [typed, setTyped] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  function type(value: string): void {
    setTyped(value);
    clearTimeout(timer);
    timer = setTimeout(() => props.onSearch(value.trim()), searchDelayMilliseconds);
  }

  return (
    <div class="nd-field nd-search-field">
      <label for={fieldId}>{props.label}</label>
      <input id={fieldId} type="search" data-testid={props.testId} value={typed()} placeholder={props.placeholder} maxLength={maximumSearchQueryLength} onInput={(event) => type(event.currentTarget.value)} />
    </div>
  );
}
