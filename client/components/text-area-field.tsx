import { Show, createUniqueId } from 'solid-js';

interface TextAreaFieldProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  testId: string;
  hint?: string;
  placeholder?: string;
  error?: string | null;
  required?: boolean;
  rows?: number;
}

/** A labelled multi-line text box with an optional hint, and an error that replaces the hint. */
export function TextAreaField(props: TextAreaFieldProps) {
  const inputId = createUniqueId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = () => (props.error ? errorId : props.hint ? hintId : undefined);
  return (
    <div class="nd-field">
      <label for={inputId}>{props.label}</label>
      <textarea
        id={inputId}
        rows={props.rows ?? 3}
        value={props.value}
        placeholder={props.placeholder}
        onInput={(event) => props.onValueChange(event.currentTarget.value)}
        data-testid={props.testId}
        required={props.required}
        lang="zh-CN"
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
