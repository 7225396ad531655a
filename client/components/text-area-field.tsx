import { createUniqueId } from 'solid-js';
import { FieldMessages, fieldDescribedBy } from './field-messages';

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
        aria-describedby={fieldDescribedBy({ inputId, hint: props.hint, error: props.error })}
      />
      <FieldMessages inputId={inputId} hint={props.hint} error={props.error} />
    </div>
  );
}
