import type { EditorView } from '@tiptap/pm/view';
import { commentableNodeTypes, referenceOfElement } from '../../../shared/document/element-references';
import { numberDocument } from '../../../shared/document/numbering';

/** A selected passage: its positions in the frozen document, and the text shown back to the commenter. */
export interface SelectedPassage {
  from: number;
  to: number;
  quote: string;
}

/** What a comment is about: a clause or another numbered element (term entry, table, note…), and optionally a passage inside it. */
export interface CommentTarget {
  clauseId: string;
  /** How the element is named now: "5.2 试验步骤", "3.1 标准", "表2 尺寸", "5.2 注2". */
  name: string;
  passage: SelectedPassage | null;
}

function nameOf(view: EditorView, elementId: string): string {
  const numbering = numberDocument(view.state.doc);
  const element = numbering.byId.get(elementId);
  if (!element) return '';
  const reference = referenceOfElement(view.state.doc, numbering, element) ?? element.label;
  return [reference, element.title].filter((part) => part !== '').join(' ');
}

function positionAt(view: EditorView, domNode: Node, offset: number): number | null {
  if (!view.dom.contains(domNode)) return null;
  try {
    return Math.min(view.posAtDOM(domNode, offset), view.state.doc.content.size);
  } catch {
    return null;
  }
}

/** The ids of the commentable elements around a document position, innermost first (a note, its clause, the chapter). */
function elementIdsAt(view: EditorView, position: number | null): string[] {
  if (position === null) return [];
  const resolved = view.state.doc.resolve(position);
  const ids: string[] = [];
  for (let depth = resolved.depth; depth > 0; depth -= 1) {
    const node = resolved.node(depth);
    const id: unknown = node.attrs.id;
    if (commentableNodeTypes.has(node.type.name) && typeof id === 'string' && id !== '') ids.push(id);
  }
  return ids;
}

/** The innermost element holding both ends of a selection: a passage across two notes belongs to their clause. */
function innermostCommonElement(anchorIds: readonly string[], focusIds: readonly string[]): string | null {
  return anchorIds.find((id) => focusIds.includes(id)) ?? null;
}

/** The target after a click or a selection in the read-only document: the selected passage when there is one. */
export function targetFromSelection(view: EditorView, clicked: Node): CommentTarget | null {
  const selection = view.dom.ownerDocument.getSelection();
  const quote = selection && !selection.isCollapsed ? selection.toString().trim() : '';
  if (selection?.anchorNode && selection.focusNode && quote !== '') {
    const anchor = positionAt(view, selection.anchorNode, selection.anchorOffset);
    const focus = positionAt(view, selection.focusNode, selection.focusOffset);
    const clauseId = innermostCommonElement(elementIdsAt(view, anchor), elementIdsAt(view, focus));
    if (clauseId && anchor !== null && focus !== null) {
      return { clauseId, name: nameOf(view, clauseId), passage: { from: Math.min(anchor, focus), to: Math.max(anchor, focus), quote: quote.slice(0, 2000) } };
    }
  }
  const clauseId = elementIdsAt(view, positionAt(view, clicked, 0))[0] ?? null;
  return clauseId ? { clauseId, name: nameOf(view, clauseId), passage: null } : null;
}
