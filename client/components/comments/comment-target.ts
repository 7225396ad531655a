import type { EditorView } from '@tiptap/pm/view';
import { nodeNames } from '../../../shared/editor/node-names';

/** A selected passage: its positions in the frozen document, and the text shown back to the commenter. */
export interface SelectedPassage {
  from: number;
  to: number;
  quote: string;
}

/** What a comment is about: a clause, and optionally a passage inside it. */
export interface CommentTarget {
  clauseId: string;
  passage: SelectedPassage | null;
}

function positionAt(view: EditorView, domNode: Node, offset: number): number | null {
  if (!view.dom.contains(domNode)) return null;
  try {
    return Math.min(view.posAtDOM(domNode, offset), view.state.doc.content.size);
  } catch {
    return null;
  }
}

/** The id of the innermost clause around a document position, or null when there is none. */
function clauseIdAt(view: EditorView, position: number | null): string | null {
  if (position === null) return null;
  const resolved = view.state.doc.resolve(position);
  for (let depth = resolved.depth; depth > 0; depth -= 1) {
    const node = resolved.node(depth);
    const id: unknown = node.attrs.id;
    if (node.type.name === nodeNames.clause && typeof id === 'string' && id !== '') return id;
  }
  return null;
}

/** The target after a click or a selection in the read-only document: the selected passage when there is one. */
export function targetFromSelection(view: EditorView, clicked: Node): CommentTarget | null {
  const selection = view.dom.ownerDocument.getSelection();
  const quote = selection && !selection.isCollapsed ? selection.toString().trim() : '';
  if (selection?.anchorNode && selection.focusNode && quote !== '') {
    const anchor = positionAt(view, selection.anchorNode, selection.anchorOffset);
    const focus = positionAt(view, selection.focusNode, selection.focusOffset);
    const clauseId = clauseIdAt(view, anchor);
    if (clauseId && anchor !== null && focus !== null && clauseIdAt(view, focus) === clauseId) {
      return { clauseId, passage: { from: Math.min(anchor, focus), to: Math.max(anchor, focus), quote: quote.slice(0, 2000) } };
    }
  }
  const clauseId = clauseIdAt(view, positionAt(view, clicked, 0));
  return clauseId ? { clauseId, passage: null } : null;
}
