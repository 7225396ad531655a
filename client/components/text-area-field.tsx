import { Show, createUniqueId } from 'solid-js';

interface TextAreaFieldProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  testId: string;
  error?: string | null;
  required?: boolean;
  rows?: number;
}

/** A labelled multi-line text box with an optional error below it. */
export function TextAreaField(props: TextAreaFieldProps) {
  const inputId = createUniqueId();
  const errorId = `${inputId}-error`;
  return (
    <div class="nd-field">
      <label for={inputId}>{props.label}</label>
      <textarea
        id={inputId}
        rows={props.rows ?? 3}
        value={props.value}
        onInput={(event) => props.onValueChange(event.currentTarget.value)}
        data-testid={props.testId}
        required={props.required}
        lang="zh-CN"
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? errorId : undefined}
      />
      <Show when={props.error}>
        <p id={errorId} class="nd-field__error">
          {props.error}
        </p>
      </Show>
    </div>
  );
}
