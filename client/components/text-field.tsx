import { createUniqueId } from 'solid-js';
import { FieldMessages, fieldDescribedBy } from './field-messages';

interface TextFieldProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  testId: string;
  type?: 'text' | 'password';
  autocomplete?: string;
  hint?: string;
  error?: string | null;
  required?: boolean;
  lang?: string;
}

export function TextField(props: TextFieldProps) {
  const inputId = createUniqueId();

  return (
    <div class="nd-field">
      <label for={inputId}>{props.label}</label>
      <input
        id={inputId}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(event) => props.onValueChange(event.currentTarget.value)}
        data-testid={props.testId}
        autocomplete={props.autocomplete}
        required={props.required}
        lang={props.lang}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={fieldDescribedBy({ inputId, hint: props.hint, error: props.error })}
      />
      <FieldMessages inputId={inputId} hint={props.hint} error={props.error} />
    </div>
  );
}
