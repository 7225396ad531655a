import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration, NodeView } from '@tiptap/pm/view';
import { derivedLabelOf } from '../numbering/derived-label';

/** A text footnote shows its running number "1)" as a superscript; its text is the decoration's title. */
export function createFootnoteView(initial: ProseMirrorNode, decorations: readonly Decoration[]): NodeView {
  let node = initial;
  const dom = document.createElement('sup');
  dom.className = 'nd-footnote';
  dom.dataset.testid = 'footnote';
  function render(label: string | null): void {
    dom.textContent = label ?? '';
    dom.dataset.text = String(node.attrs.text ?? '');
  }
  render(derivedLabelOf(decorations));
  return {
    dom,
    update(next, nextDecorations) {
      if (next.type !== node.type) return false;
      node = next;
      render(derivedLabelOf(nextDecorations));
      return true;
    },
  };
}
