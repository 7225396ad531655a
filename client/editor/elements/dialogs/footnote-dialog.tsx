import type { Editor } from '@tiptap/core';
import { createSignal, createUniqueId } from 'solid-js';
import { translate } from '../../../i18n/translate';
import { ElementDialog } from './element-dialog';

interface FootnoteDialogProps {
  editor: Editor;
  onClose: () => void;
}

/** Asks for the text of a footnote, then inserts it at the cursor. */
export function FootnoteDialog(props: FootnoteDialogProps) {
  const [text, setText] = createSignal('');
  const fieldId = createUniqueId();
  return (
    <ElementDialog
      title={translate('footnoteDialogTitle')}
      testId="footnote-dialog"
      submitLabel={translate('dialogInsert')}
      submitDisabled={text().trim() === ''}
      onSubmit={() => {
        props.editor.chain().focus().insertFootnote(text()).run();
        props.onClose();
      }}
      onClose={() => props.onClose()}
    >
      <div class="nd-field">
        <label for={fieldId}>{translate('footnoteTextLabel')}</label>
        <textarea id={fieldId} rows={3} data-testid="footnote-text" value={text()} onInput={(event) => setText(event.currentTarget.value)} autofocus />
        <small class="nd-field__hint">{translate('footnoteTextHint')}</small>
      </div>
    </ElementDialog>
  );
}
