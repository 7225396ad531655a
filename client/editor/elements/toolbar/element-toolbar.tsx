import type { Editor } from '@tiptap/core';
import { Match, Show, Switch, createEffect, createSignal, on, untrack } from 'solid-js';
import { currentLanguage } from '../../../i18n/language';
import { translate } from '../../../i18n/translate';
import { refreshProblemMarks } from '../../problems/problems-plugin';
import { CoverForm } from '../cover/cover-form';
import { CrossReferencePicker } from '../dialogs/cross-reference-picker';
import { FigureDialog } from '../dialogs/figure-dialog';
import { FootnoteDialog } from '../dialogs/footnote-dialog';
import { ReferenceDialog } from '../dialogs/reference-dialog';
import { refreshDerivedNumbers } from '../numbering/derived-numbers';
import { ContextTools } from './context-tools';
import { createEditorStateSignal } from './editor-state-signal';
import type { InsertDialog } from './insert-items';
import { InsertMenu } from './insert-menu';
import './element-toolbar.css';

interface ElementToolbarProps {
  editor: Editor;
  standardId: string;
  readOnly: boolean;
  /** False for a document that is not a standard (the 编制说明): it has no GB/T cover. */
  hasCover?: boolean;
}

/** The 插入 menu, the cover form and the tools for the element holding the cursor. */
export function ElementToolbar(props: ElementToolbarProps) {
  // One toolbar serves one editor for its whole life.
  const state = createEditorStateSignal(untrack(() => props.editor));
  const [dialog, setDialog] = createSignal<InsertDialog | null>(null);
  const [coverFormOpen, setCoverFormOpen] = createSignal(false);
  const closeDialog = () => setDialog(null);
  createEffect(
    on(
      currentLanguage,
      () => {
        refreshDerivedNumbers(props.editor.view);
        refreshProblemMarks(props.editor.view);
      },
      { defer: true },
    ),
  );

  return (
    <div class="nd-element-toolbar">
      <div class="nd-element-toolbar__row" role="toolbar" aria-label={translate('elementToolbarLabel')}>
        <Show when={!props.readOnly}>
          <InsertMenu editor={props.editor} state={state} onOpenDialog={setDialog} />
        </Show>
        <Show when={props.hasCover !== false}>
          <button type="button" class="nd-button" data-testid="open-cover-form" aria-expanded={coverFormOpen()} onClick={() => setCoverFormOpen(!coverFormOpen())}>
            {translate('openCoverForm')}
          </button>
        </Show>
        <Show when={!props.readOnly}>
          <ContextTools editor={props.editor} state={state} />
        </Show>
      </div>
      <Show when={coverFormOpen()}>
        <CoverForm editor={props.editor} state={state} readOnly={props.readOnly} onClose={() => setCoverFormOpen(false)} />
      </Show>
      <Switch>
        <Match when={dialog() === 'figure'}>
          <FigureDialog editor={props.editor} standardId={props.standardId} onClose={closeDialog} />
        </Match>
        <Match when={dialog() === 'footnote'}>
          <FootnoteDialog editor={props.editor} onClose={closeDialog} />
        </Match>
        <Match when={dialog() === 'reference'}>
          <ReferenceDialog editor={props.editor} onClose={closeDialog} />
        </Match>
        <Match when={dialog() === 'crossReference'}>
          <CrossReferencePicker editor={props.editor} onClose={closeDialog} />
        </Match>
      </Switch>
    </div>
  );
}
