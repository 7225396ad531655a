import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

const caretClass = 'collaboration-carets__caret';
const labelClass = 'collaboration-carets__label';

/**
 * Renders a collaborator's caret without its name: a name inside the paragraph would become part of
 * that paragraph's text for screen readers and text queries. CaretLabels draws the names instead.
 */
export function renderCaretWithoutLabel(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span');
  caret.classList.add(caretClass);
  const color = typeof user.color === 'string' ? user.color : '';
  caret.style.borderColor = color;
  caret.dataset.name = typeof user.name === 'string' ? user.name : '';
  caret.dataset.color = color;
  return caret;
}

/**
 * Measuring positions forces the browser to lay out the whole document. Updates are therefore gathered into one
 * measure per frame, and nothing is measured while no collaborator's caret is shown (a cold open of a long standard
 * would otherwise lay out every page once per transaction before the first paint).
 */
class CaretLabelLayer {
  private readonly layer: HTMLDivElement;
  private readonly view: EditorView;
  private pendingFrame: number | null = null;
  private readonly onResize = () => this.update();

  constructor(view: EditorView) {
    this.view = view;
    this.layer = document.createElement('div');
    this.layer.className = 'nd-caret-labels';
    this.layer.setAttribute('aria-hidden', 'true');
    view.dom.parentElement?.append(this.layer);
    window.addEventListener('resize', this.onResize);
    this.update();
  }

  update(): void {
    if (this.pendingFrame !== null) return;
    this.pendingFrame = requestAnimationFrame(() => {
      this.pendingFrame = null;
      this.placeLabels();
    });
  }

  private placeLabels(): void {
    const carets = Array.from(this.view.dom.querySelectorAll<HTMLElement>(`.${caretClass}`));
    if (carets.length === 0) {
      if (this.layer.childElementCount > 0) this.layer.replaceChildren();
      return;
    }
    const origin = this.layer.getBoundingClientRect();
    const labels = carets.map((caret) => {
      const position = caret.getBoundingClientRect();
      const label = document.createElement('div');
      label.className = labelClass;
      label.textContent = caret.dataset.name ?? '';
      label.style.backgroundColor = caret.dataset.color ?? '';
      label.style.left = `${position.left - origin.left}px`;
      label.style.top = `${position.top - origin.top}px`;
      return label;
    });
    this.layer.replaceChildren(...labels);
  }

  destroy(): void {
    if (this.pendingFrame !== null) cancelAnimationFrame(this.pendingFrame);
    window.removeEventListener('resize', this.onResize);
    this.layer.remove();
  }
}

/** Shows collaborators' names above their carets, in a layer outside the document's text. */
export const CaretLabels = Extension.create({
  name: 'caretLabels',

  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('caretLabels'), view: (view) => new CaretLabelLayer(view) })];
  },
});
