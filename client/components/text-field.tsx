import { Show, createUniqueId } from 'solid-js';

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
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = () =>
    [props.hint && !props.error ? hintId : null, props.error ? errorId : null].filter((id) => id !== null).join(' ') || undefined;

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
        aria-describedby={describedBy()}
      />
      <Show when={props.hint && !props.error}>
        <small id={hintId} class="nd-field__hint">
          {props.hint}
        </small>
      </Show>
      <Show when={props.error}>
        <p id={errorId} class="nd-field__error">
          {props.error}
        </p>
      </Show>
    </div>
  );
}
