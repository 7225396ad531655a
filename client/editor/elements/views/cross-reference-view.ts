import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration, NodeView } from '@tiptap/pm/view';
import { derivedLabelOf } from '../numbering/derived-label';

/** A cross-reference prints its target's current number ("5.2", "表A.1", "式(3)"); the derived-numbers decoration supplies it. */
export function createCrossReferenceView(initial: ProseMirrorNode, decorations: readonly Decoration[]): NodeView {
  let node = initial;
  const dom = document.createElement('span');
  dom.className = 'nd-cross-reference';
  dom.dataset.testid = 'cross-reference';
  function render(label: string | null): void {
    dom.dataset.targetId = String(node.attrs.targetId ?? '');
    dom.textContent = label ?? '';
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
