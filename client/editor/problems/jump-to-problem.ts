import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Selection } from '@tiptap/pm/state';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { scrollIntoPlace } from '../deferred-layout/scroll-into-place';
import { derivedNumbering } from '../elements/numbering/derived-numbers';
import type { MarkedProblem } from './problem-marks';
import { problemsOf, setCurrentProblem } from './problems-plugin';

/** Where the problem's node is now: its position kept up to date while people typed, else its target's. */
function currentPosition(editor: Editor, problem: MarkedProblem): number {
  const document = editor.state.doc;
  const mapped = problemsOf(editor.state)?.problems.find((candidate) => candidate.key === problem.key)?.issue.position ?? problem.issue.position;
  if (mapped <= document.content.size && document.nodeAt(mapped)) return mapped;
  const target = problem.issue.targetId ? derivedNumbering(editor.state).byId.get(problem.issue.targetId) : undefined;
  return Math.min(target?.position ?? mapped, document.content.size);
}

function selectionAt(document: ProseMirrorNode, position: number): Selection {
  const node = document.nodeAt(position);
  if (node?.isTextblock) return TextSelection.create(document, position + 1);
  if (node?.isInline || node?.isAtom) return NodeSelection.create(document, position);
  return TextSelection.near(document.resolve(Math.min(position + 1, document.content.size)));
}

/** Moves the cursor to the problem's node, scrolls it to the middle of the screen and highlights it. */
export function jumpToProblem(editor: Editor, problem: MarkedProblem): void {
  const position = currentPosition(editor, problem);
  const transaction = setCurrentProblem(editor.state.tr, problem.key).setSelection(selectionAt(editor.state.doc, position));
  editor.view.dispatch(transaction);
  editor.view.focus();
  const element = editor.view.nodeDOM(position);
  if (element instanceof HTMLElement) scrollIntoPlace(element, 'center');
  else editor.commands.scrollIntoView();
}
