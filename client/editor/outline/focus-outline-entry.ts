import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../shared/editor/node-names';
import { scrollIntoPlace } from '../deferred-layout/scroll-into-place';
import { locateById } from '../structure/clause-location';
import { titleEndPosition } from '../structure/empty-clause';
import { selectionAt } from '../structure/structure-change';
import type { OutlineEntry } from './outline-entries';

/** Where the entry's node starts in the current document. */
export function entryPosition(document: ProseMirrorNode, entry: OutlineEntry): number | null {
  if (entry.kind === 'clause' || entry.kind === 'annex') return entry.id ? (locateById(document, entry.id)?.position ?? null) : null;
  const typeName = nodeNames[entry.kind];
  let found: number | null = null;
  document.forEach((child, offset) => {
    if (found === null && child.type.name === typeName) found = offset;
  });
  return found;
}

/** The cursor position an entry stands for: the end of its title, or the start of an untitled section. */
function cursorPosition(document: ProseMirrorNode, position: number): number {
  const first = document.nodeAt(position)?.firstChild;
  const titled = first?.type.name === nodeNames.clauseTitle || first?.type.name === nodeNames.annexTitle;
  return titled ? titleEndPosition(document, position) : position + 1;
}

/** Puts the cursor in the entry's title without scrolling the editor; null when the entry is gone. */
export function selectEntry(editor: Editor, entry: OutlineEntry): number | null {
  const position = entryPosition(editor.state.doc, entry);
  if (position === null) return null;
  editor.commands.command(({ tr }) => {
    tr.setSelection(selectionAt(tr.doc, cursorPosition(tr.doc, position)));
    return true;
  });
  return position;
}

/** Scrolls the entry's heading to the top of the window and gives the editor the keyboard. */
export function focusOutlineEntry(editor: Editor, entry: OutlineEntry): void {
  const position = selectEntry(editor, entry);
  if (position === null) return;
  // Synchronously, unlike the focus command: a key pressed right after the click must reach the editor.
  editor.view.focus();
  const element = editor.view.nodeDOM(position);
  if (element instanceof HTMLElement) scrollIntoPlace(element, 'start');
}
