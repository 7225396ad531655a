const svgNamespace = 'http://www.w3.org/2000/svg';

export interface MarkerElementOptions {
  clauseId: string;
  count: number;
  label: string;
  active: boolean;
  onOpen: () => void;
}

function bubbleIcon(document: Document): SVGSVGElement {
  const icon = document.createElementNS(svgNamespace, 'svg');
  icon.setAttribute('viewBox', '0 0 16 16');
  icon.setAttribute('aria-hidden', 'true');
  icon.classList.add('nd-comment-marker__icon');
  const path = document.createElementNS(svgNamespace, 'path');
  path.setAttribute('d', 'M2 2.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H7l-3.5 3v-3H2a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z');
  icon.append(path);
  return icon;
}

/** The margin marker of a commented clause: a bubble with the number of comments; a click opens them. */
export function createMarkerElement(document: Document, options: MarkerElementOptions): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = options.active ? 'nd-comment-marker nd-comment-marker--active' : 'nd-comment-marker';
  button.contentEditable = 'false';
  button.dataset.testid = 'comment-marker';
  button.dataset.clauseId = options.clauseId;
  button.dataset.count = String(options.count);
  button.title = options.label;
  button.setAttribute('aria-label', options.label);
  const count = document.createElement('span');
  count.className = 'nd-comment-marker__count';
  count.textContent = String(options.count);
  button.append(bubbleIcon(document), count);
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    event.preventDefault();
    options.onOpen();
  });
  return button;
}
