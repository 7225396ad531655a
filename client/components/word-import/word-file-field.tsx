import { createUniqueId } from 'solid-js';
import { translate } from '../../i18n/translate';

interface WordFileFieldProps {
  testId: string;
  disabled: boolean;
  onChoose(file: File | null): void;
  inputRef?: (input: HTMLInputElement) => void;
}

/** The .docx file input both import forms use, with its label. */
export function WordFileField(props: WordFileFieldProps) {
  const fileId = createUniqueId();
  return (
    <div class="nd-field">
      <label for={fileId}>{translate('wordImportFileLabel')}</label>
      <input
        id={fileId}
        ref={(input) => props.inputRef?.(input)}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid={props.testId}
        disabled={props.disabled}
        onChange={(event) => props.onChoose(event.currentTarget.files?.[0] ?? null)}
      />
    </div>
  );
}
