import type { Editor } from '@tiptap/core';
import { Show, createMemo, createSignal, untrack } from 'solid-js';
import { translate } from '../../i18n/translate';
import { createEditorFrame } from '../structure/editor-frame';
import type { ClauseAtCursor } from './clause-at-cursor';
import { clauseAtCursor } from './clause-at-cursor';
import { ClauseHistoryPanel } from './clause-history-panel';
import './clause-history.css';

interface ClauseHistoryButtonProps {
  editor: Editor;
  standardId: string;
}

/** "历史": opens who edited the clause at the cursor; the panel stays on that clause until asked again. */
export function ClauseHistoryButton(props: ClauseHistoryButtonProps) {
  // One button serves one editor for its whole life.
  const editor = untrack(() => props.editor);
  const frame = createEditorFrame(editor);
  const atCursor = createMemo(() => {
    frame();
    return clauseAtCursor(editor.state);
  });
  const [shown, setShown] = createSignal<ClauseAtCursor | null>(null);

  function toggle(): void {
    const clause = atCursor();
    setShown(shown()?.id === clause?.id ? null : clause);
  }

  return (
    <div class="nd-clause-history-anchor">
      <button
        type="button"
        class="nd-button"
        data-testid="clause-history"
        disabled={atCursor() === null}
        aria-expanded={shown() !== null}
        title={translate(atCursor() === null ? 'clauseHistoryUnavailable' : 'clauseHistoryHint')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={toggle}
      >
        {translate('clauseHistoryButton')}
      </button>
      <Show when={shown()} keyed>
        {(clause) => <ClauseHistoryPanel standardId={props.standardId} clause={clause} onClose={() => setShown(null)} />}
      </Show>
    </div>
  );
}
