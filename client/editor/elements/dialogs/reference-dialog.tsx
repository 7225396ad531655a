import type { Editor } from '@tiptap/core';
import { For, createSignal, createUniqueId } from 'solid-js';
import { translate } from '../../../i18n/translate';
import type { ReferenceDestination } from '../commands/reference-commands';
import { ElementDialog } from './element-dialog';

interface ReferenceDialogProps {
  editor: Editor;
  onClose: () => void;
}

const destinations: Array<{ value: ReferenceDestination; label: 'referenceDestinationNormative' | 'referenceDestinationBibliography' }> = [
  { value: 'normative', label: 'referenceDestinationNormative' },
  { value: 'bibliography', label: 'referenceDestinationBibliography' },
];

/** A referenced document: its number ("GB/T 1.1—2020") and title, listed in chapter 2 or in 参考文献. */
export function ReferenceDialog(props: ReferenceDialogProps) {
  const [documentNumber, setDocumentNumber] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [destination, setDestination] = createSignal<ReferenceDestination>('normative');
  const numberId = createUniqueId();
  const titleId = createUniqueId();
  return (
    <ElementDialog
      title={translate('referenceDialogTitle')}
      testId="reference-dialog"
      submitLabel={translate('dialogInsert')}
      submitDisabled={documentNumber().trim() === ''}
      onSubmit={() => {
        props.editor.chain().focus().insertReferenceEntry({ documentNumber: documentNumber(), title: title(), destination: destination() }).run();
        props.onClose();
      }}
      onClose={() => props.onClose()}
    >
      <div class="nd-field">
        <label for={numberId}>{translate('referenceNumberLabel')}</label>
        <input id={numberId} data-testid="reference-number" value={documentNumber()} onInput={(event) => setDocumentNumber(event.currentTarget.value)} placeholder="GB/T 1.1—2020" autofocus />
      </div>
      <div class="nd-field">
        <label for={titleId}>{translate('referenceTitleLabel')}</label>
        <input id={titleId} data-testid="reference-title" value={title()} onInput={(event) => setTitle(event.currentTarget.value)} />
      </div>
      <fieldset class="nd-element-dialog__choices">
        <legend>{translate('referenceDestinationLabel')}</legend>
        <For each={destinations}>
          {(choice) => (
            <label>
              <input type="radio" name="reference-destination" value={choice.value} checked={destination() === choice.value} onChange={() => setDestination(choice.value)} data-testid={`reference-destination-${choice.value}`} />
              {translate(choice.label)}
            </label>
          )}
        </For>
      </fieldset>
    </ElementDialog>
  );
}
