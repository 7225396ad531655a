import { Show, createUniqueId } from 'solid-js';
import { translate } from '../../../i18n/translate';
import type { CoverFieldDescription } from './cover-fields';

interface CoverFormFieldProps {
  description: CoverFieldDescription;
  value: string;
  readOnly: boolean;
  suggestionsId?: string;
  onValueChange: (value: string) => void;
}

export function CoverFormField(props: CoverFormFieldProps) {
  const inputId = createUniqueId();
  return (
    <div class="nd-field" classList={{ 'nd-cover-form__wide': props.description.wide === true }}>
      <label for={inputId}>{translate(props.description.label)}</label>
      <input
        id={inputId}
        type={props.description.type}
        data-testid={`cover-${props.description.field}`}
        value={props.value}
        readOnly={props.readOnly}
        list={props.suggestionsId}
        onInput={(event) => props.onValueChange(event.currentTarget.value)}
      />
      <Show when={props.description.hint}>{(hint) => <small class="nd-field__hint">{translate(hint())}</small>}</Show>
    </div>
  );
}
