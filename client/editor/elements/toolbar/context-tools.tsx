import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import type { Accessor } from 'solid-js';
import { Show, createMemo, createUniqueId } from 'solid-js';
import { translate } from '../../../i18n/translate';
import { selectionContext } from './selection-context';
import { TableTools } from './table-tools';

interface ContextToolsProps {
  editor: Editor;
  state: Accessor<EditorState>;
}

/** Tools for the element holding the cursor: table grid, term entry, referenced document, annex kind. */
export function ContextTools(props: ContextToolsProps) {
  const context = createMemo(() => selectionContext(props.state()));
  const referenceNumberId = createUniqueId();
  const keepEditorFocus = (event: MouseEvent) => event.preventDefault();
  const canAddSource = () => {
    props.state();
    return props.editor.can().addTermSource();
  };
  return (
    <>
      <Show when={context().inTable}>
        <TableTools editor={props.editor} state={props.state} />
      </Show>
      <Show when={context().inTerm}>
        <div class="nd-context-tools" role="toolbar" aria-label={translate('termToolsLabel')} data-testid="term-tools">
          <span class="nd-context-tools__label">{translate('termToolsLabel')}</span>
          <button type="button" class="nd-tool-button" data-testid="term-add-note" onMouseDown={keepEditorFocus} onClick={() => props.editor.chain().focus().insertNote().run()}>
            {translate('termAddNote')}
          </button>
          <button type="button" class="nd-tool-button" data-testid="term-add-source" disabled={!canAddSource()} onMouseDown={keepEditorFocus} onClick={() => props.editor.chain().focus().addTermSource().run()}>
            {translate('termAddSource')}
          </button>
        </div>
      </Show>
      <Show when={context().referenceNumber !== null}>
        <div class="nd-context-tools" data-testid="reference-tools">
          <label class="nd-context-tools__label" for={referenceNumberId}>
            {translate('referenceNumberLabel')}
          </label>
          <input
            id={referenceNumberId}
            class="nd-context-tools__input"
            data-testid="reference-number-field"
            value={context().referenceNumber ?? ''}
            placeholder="GB/T 1.1—2020"
            onInput={(event) => props.editor.commands.setReferenceDocumentNumber(event.currentTarget.value)}
          />
        </div>
      </Show>
      <Show when={context().annexNormative !== null}>
        <div class="nd-context-tools" role="toolbar" aria-label={translate('annexToolsLabel')} data-testid="annex-tools">
          <span class="nd-context-tools__label">{translate('annexToolsLabel')}</span>
          <button type="button" class="nd-tool-button" aria-pressed={context().annexNormative === true} data-testid="annex-normative" onMouseDown={keepEditorFocus} onClick={() => props.editor.chain().focus().setAnnexNormative(true).run()}>
            {translate('annexNormative')}
          </button>
          <button type="button" class="nd-tool-button" aria-pressed={context().annexNormative === false} data-testid="annex-informative" onMouseDown={keepEditorFocus} onClick={() => props.editor.chain().focus().setAnnexNormative(false).run()}>
            {translate('annexInformative')}
          </button>
        </div>
      </Show>
    </>
  );
}
