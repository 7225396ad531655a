import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { scrollIntoPlace } from '../deferred-layout/scroll-into-place';
import type { PassageRange } from './passage-range';

function scrollToCentre(editor: Editor, position: number): void {
  const { node } = editor.view.domAtPos(position);
  const element = node instanceof HTMLElement ? node : node.parentElement;
  if (element) scrollIntoPlace(element, 'center');
}

/** Scrolls the clause into the middle of the screen without moving anybody's cursor. */
export function revealClause(editor: Editor, position: number): void {
  const element = editor.view.nodeDOM(position);
  if (element instanceof HTMLElement) scrollIntoPlace(element, 'center');
}

/** Selects the commented passage and scrolls it into the middle of the screen. */
export function revealPassage(editor: Editor, passage: PassageRange): void {
  const document = editor.state.doc;
  if (passage.to > document.content.size) return;
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(document, passage.from, passage.to)));
  editor.view.focus();
  scrollToCentre(editor, passage.from);
}
