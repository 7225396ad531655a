import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import type { Accessor } from 'solid-js';
import { For } from 'solid-js';
import type { MessageKey } from '../../../i18n/chinese';
import { translate } from '../../../i18n/translate';

interface TableTool {
  id: string;
  label: MessageKey;
  run: (editor: Editor) => boolean;
  available: (editor: Editor) => boolean;
}

const tableTools: TableTool[] = [
  { id: 'add-row-after', label: 'tableAddRowAfter', run: (editor) => editor.chain().focus().addRowAfter().run(), available: (editor) => editor.can().addRowAfter() },
  { id: 'delete-row', label: 'tableDeleteRow', run: (editor) => editor.chain().focus().deleteRow().run(), available: (editor) => editor.can().deleteRow() },
  { id: 'add-column-after', label: 'tableAddColumnAfter', run: (editor) => editor.chain().focus().addColumnAfter().run(), available: (editor) => editor.can().addColumnAfter() },
  { id: 'delete-column', label: 'tableDeleteColumn', run: (editor) => editor.chain().focus().deleteColumn().run(), available: (editor) => editor.can().deleteColumn() },
  { id: 'merge-cells', label: 'tableMergeCells', run: (editor) => editor.chain().focus().mergeCells().run(), available: (editor) => editor.can().mergeCells() },
  { id: 'split-cell', label: 'tableSplitCell', run: (editor) => editor.chain().focus().splitCell().run(), available: (editor) => editor.can().splitCell() },
  { id: 'toggle-header-row', label: 'tableToggleHeaderRow', run: (editor) => editor.chain().focus().toggleHeaderRow().run(), available: (editor) => editor.can().toggleHeaderRow() },
  { id: 'add-note', label: 'tableAddNote', run: (editor) => editor.chain().focus().addTableNote().run(), available: (editor) => editor.can().addTableNote() },
  { id: 'add-footnote', label: 'tableAddFootnote', run: (editor) => editor.chain().focus().addTableFootnote().run(), available: (editor) => editor.can().addTableFootnote() },
  { id: 'delete', label: 'tableDelete', run: (editor) => editor.chain().focus().deleteTableBlock().run(), available: (editor) => editor.can().deleteTableBlock() },
];

/** Grid editing for the table holding the cursor. */
export function TableTools(props: { editor: Editor; state: Accessor<EditorState> }) {
  const available = (tool: TableTool) => {
    props.state();
    return tool.available(props.editor);
  };
  return (
    <div class="nd-context-tools" role="toolbar" aria-label={translate('tableToolsLabel')} data-testid="table-tools">
      <span class="nd-context-tools__label">{translate('tableToolsLabel')}</span>
      <For each={tableTools}>
        {(tool) => (
          <button type="button" class="nd-tool-button" classList={{ 'nd-tool-button--danger': tool.id === 'delete' }} data-testid={`table-${tool.id}`} disabled={!available(tool)} onMouseDown={(event) => event.preventDefault()} onClick={() => tool.run(props.editor)}>
            {translate(tool.label)}
          </button>
        )}
      </For>
    </div>
  );
}
