import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { findText, stillMatches, type FindOptions } from '../../../shared/document/find-text';
import { scrollIntoPlace } from '../deferred-layout/scroll-into-place';
import { currentMeta, findPluginKey, findStateOf, searchMeta } from './find-plugin';

export function setFindQuery(editor: Editor, query: string, options: FindOptions): void {
  editor.view.dispatch(editor.state.tr.setMeta(findPluginKey, searchMeta(query, options)).setMeta('addToHistory', false));
}

/** Steps to the next (or previous) match, selects it and scrolls it to the middle of the window. */
export function stepToMatch(editor: Editor, direction: 1 | -1): void {
  const { matches, current } = findStateOf(editor.state);
  if (matches.length === 0) return;
  const next = current < 0 ? (direction === 1 ? 0 : matches.length - 1) : (current + direction + matches.length) % matches.length;
  const match = matches[next];
  if (!match) return;
  const transaction = editor.state.tr.setMeta(findPluginKey, currentMeta(next)).setSelection(TextSelection.create(editor.state.doc, match.from, match.to));
  editor.view.dispatch(transaction.setMeta('addToHistory', false));
  const { node } = editor.view.domAtPos(match.from);
  const element = node instanceof Element ? node : node.parentElement;
  if (element) scrollIntoPlace(element, 'center');
}

/**
 * Replaces the match the person is at, if the document still holds the query there (a collaborator may have
 * changed it since it was found), then steps to the next one. A plain transaction: it goes through Yjs like typing.
 */
export function replaceCurrentMatch(editor: Editor, replacement: string): boolean {
  const { matches, current, query, options } = findStateOf(editor.state);
  const match = matches[current];
  if (!match || !stillMatches(editor.state.doc, match, query, options)) {
    stepToMatch(editor, 1);
    return false;
  }
  editor.view.dispatch(editor.state.tr.insertText(replacement, match.from, match.to));
  stepToMatch(editor, 1);
  return true;
}

/** Replaces every match found in the document as it is now, from the end backwards, in one transaction; answers how many. */
export function replaceAllMatches(editor: Editor, replacement: string): number {
  const { query, options } = findStateOf(editor.state);
  const matches = findText(editor.state.doc, query, options);
  if (matches.length === 0) return 0;
  const transaction = editor.state.tr;
  for (const match of [...matches].reverse()) transaction.insertText(replacement, match.from, match.to);
  editor.view.dispatch(transaction);
  return matches.length;
}
