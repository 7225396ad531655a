import { Show } from 'solid-js';

interface FieldMessagesProps {
  inputId: string;
  hint?: string;
  error?: string | null;
}

const hintIdOf = (inputId: string): string => `${inputId}-hint`;
const errorIdOf = (inputId: string): string => `${inputId}-error`;

/** The `aria-describedby` of a field: its error when it has one, otherwise its hint. */
export function fieldDescribedBy(field: FieldMessagesProps): string | undefined {
  if (field.error) return errorIdOf(field.inputId);
  return field.hint ? hintIdOf(field.inputId) : undefined;
}

/** A field's hint, replaced by its error when there is one. */
export function FieldMessages(props: FieldMessagesProps) {
  return (
    <>
      <Show when={props.hint && !props.error}>
        <small id={hintIdOf(props.inputId)} class="nd-field__hint">
          {props.hint}
        </small>
      </Show>
      <Show when={props.error}>
        <p id={errorIdOf(props.inputId)} class="nd-field__error">
          {props.error}
        </p>
      </Show>
    </>
  );
}
