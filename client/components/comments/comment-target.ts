import type { EditorView } from '@tiptap/pm/view';
import { nodeNames } from '../../../shared/editor/node-names';

/** What a comment is about: a clause, and optionally a passage quoted from it. */
export interface CommentTarget {
  clauseId: string;
  quote: string | null;
}

/** The id of the innermost clause around a DOM point inside the editor, or null when there is none. */
function clauseIdAt(view: EditorView, domNode: Node, offset: number): string | null {
  if (!view.dom.contains(domNode)) return null;
  let position: number;
  try {
    position = view.posAtDOM(domNode, offset);
  } catch {
    return null;
  }
  const resolved = view.state.doc.resolve(Math.min(position, view.state.doc.content.size));
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
  if (selection?.anchorNode && quote !== '') {
    const clauseId = clauseIdAt(view, selection.anchorNode, selection.anchorOffset);
    if (clauseId) return { clauseId, quote: quote.slice(0, 2000) };
  }
  const clauseId = clauseIdAt(view, clicked, 0);
  return clauseId ? { clauseId, quote: null } : null;
}
