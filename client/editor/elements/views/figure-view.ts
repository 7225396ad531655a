import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import { translate } from '../../../i18n/translate';

function imageAddress(imageId: string): string {
  return `/api/images/${encodeURIComponent(imageId)}`;
}

/** A figure: the uploaded image (not editable text) above its editable title. */
export function createFigureView(initial: ProseMirrorNode): NodeView {
  let node = initial;
  const dom = document.createElement('figure');
  dom.className = 'nd-figure';
  dom.dataset.type = 'figure';
  const frame = document.createElement('div');
  frame.className = 'nd-figure__frame';
  frame.contentEditable = 'false';
  const image = document.createElement('img');
  image.className = 'nd-figure__image';
  image.dataset.testid = 'figure-image';
  const missing = document.createElement('p');
  missing.className = 'nd-figure__missing';
  const contentDOM = document.createElement('div');
  contentDOM.className = 'nd-figure__title-holder';
  frame.append(image, missing);
  dom.append(frame, contentDOM);

  function showMissing(): void {
    image.hidden = true;
    missing.hidden = false;
    missing.textContent = translate('figureImageUnavailable');
  }
  image.addEventListener('error', showMissing);

  function render(): void {
    const imageId = String(node.attrs.imageId ?? '');
    image.alt = String(node.attrs.alternativeText ?? '');
    if (!imageId) return showMissing();
    image.hidden = false;
    missing.hidden = true;
    const address = imageAddress(imageId);
    if (image.getAttribute('src') !== address) image.src = address;
  }
  render();

  return {
    dom,
    contentDOM,
    update(next) {
      if (next.type !== node.type) return false;
      node = next;
      render();
      return true;
    },
    ignoreMutation(mutation) {
      return !contentDOM.contains(mutation.target);
    },
  };
}
