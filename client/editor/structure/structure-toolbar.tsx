import type { Editor } from '@tiptap/core';
import { isMacOS } from '@tiptap/core';
import { For, createMemo, untrack } from 'solid-js';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';
import { createEditorFrame } from './editor-frame';
import type { StructureAction } from './structure-shortcuts';
import { ariaKeyShortcut, shortcutLabel, structureActions, structureKeys } from './structure-shortcuts';
import './structure-toolbar.css';

interface ToolbarButton {
  action: StructureAction;
  testId: string;
  label: MessageKey;
  hint: MessageKey;
  glyph: string;
}

const groups: ToolbarButton[][] = [
  [
    { action: 'insertClauseAfter', testId: 'insert-clause', label: 'structureInsertClause', hint: 'structureInsertClauseHint', glyph: '＋' },
    { action: 'insertSubClause', testId: 'insert-sub-clause', label: 'structureInsertSubClause', hint: 'structureInsertSubClauseHint', glyph: '↳' },
  ],
  [
    { action: 'promoteClause', testId: 'promote-clause', label: 'structurePromoteClause', hint: 'structurePromoteClauseHint', glyph: '←' },
    { action: 'demoteClause', testId: 'demote-clause', label: 'structureDemoteClause', hint: 'structureDemoteClauseHint', glyph: '→' },
    { action: 'moveClauseUp', testId: 'move-clause-up', label: 'structureMoveClauseUp', hint: 'structureMoveClauseUpHint', glyph: '↑' },
    { action: 'moveClauseDown', testId: 'move-clause-down', label: 'structureMoveClauseDown', hint: 'structureMoveClauseDownHint', glyph: '↓' },
  ],
  [
    { action: 'splitClause', testId: 'split-clause', label: 'structureSplitClause', hint: 'structureSplitClauseHint', glyph: '⤓' },
    { action: 'joinClauseWithPrevious', testId: 'join-clause', label: 'structureJoinClause', hint: 'structureJoinClauseHint', glyph: '⤒' },
  ],
  [
    { action: 'undo', testId: 'undo', label: 'structureUndo', hint: 'structureUndoHint', glyph: '↶' },
    { action: 'redo', testId: 'redo', label: 'structureRedo', hint: 'structureRedoHint', glyph: '↷' },
  ],
];

interface StructureToolbarProps {
  editor: Editor;
  readOnly: boolean;
}

/** Clause structure commands and undo/redo; a button is disabled where its command cannot run. */
export function StructureToolbar(props: StructureToolbarProps) {
  // One toolbar serves one editor for its whole life.
  const editor = untrack(() => props.editor);
  const frame = createEditorFrame(editor);
  const macOS = isMacOS();
  const keys = structureKeys(macOS);
  const available = createMemo(() => {
    frame();
    const can = editor.can();
    return new Set(structureActions.filter((action) => can[action]()));
  });

  function run(action: StructureAction): void {
    editor.commands.focus();
    editor.commands[action]();
  }

  return (
    <div class="nd-structure-toolbar" role="toolbar" aria-label={translate('structureToolbarLabel')} data-testid="structure-toolbar">
      <For each={groups}>
        {(group) => (
          <div class="nd-structure-toolbar__group">
            <For each={group}>
              {(button) => (
                <button
                  type="button"
                  class="nd-structure-toolbar__button"
                  data-testid={button.testId}
                  disabled={props.readOnly || !available().has(button.action)}
                  title={translate('structureShortcutHint', { hint: translate(button.hint), keys: shortcutLabel(keys[button.action], macOS) })}
                  aria-keyshortcuts={ariaKeyShortcut(keys[button.action], macOS)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => run(button.action)}
                >
                  <span class="nd-structure-toolbar__glyph" aria-hidden="true">
                    {button.glyph}
                  </span>
                  {translate(button.label)}
                </button>
              )}
            </For>
          </div>
        )}
      </For>
    </div>
  );
}
