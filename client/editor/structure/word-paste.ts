import type { ListParagraph, ListTree } from './word-list';
import { listKindOfMarker, nestListParagraphs, wordListMembership } from './word-list';

const wordSignature = /urn:schemas-microsoft-com:office|class="?Mso|mso-(list|style|fareast|bidi)/i;
const removedElements = 'style, meta, link, title, xml, script, del';
const unwrappedElements = 'span, font, a, ins';
const keptAttributes: Record<string, readonly string[]> = { td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] };

function removeComments(root: Node): void {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker?.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

/** Office's namespaced tags: `<o:p>` holds only a filler space; smart tags (`<st1:chsdate>`) wrap real text. */
function removeOfficeElements(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.localName === 'o:p') element.remove();
    else if (element.localName.includes(':')) unwrap(element);
  }
}

function listParagraphOf(paragraph: HTMLElement): ListParagraph<HTMLElement> | null {
  const membership = wordListMembership(paragraph.getAttribute('style') ?? '');
  if (!membership) return null;
  const markers = Array.from(paragraph.querySelectorAll('span')).filter((span) => /mso-list:\s*Ignore/i.test(span.getAttribute('style') ?? ''));
  const marker = markers[0]?.textContent ?? '';
  for (const span of markers) span.remove();
  return { ...membership, kind: listKindOfMarker(marker), content: paragraph };
}

function buildList(document: Document, tree: ListTree<HTMLElement>): HTMLElement {
  const list = document.createElement(tree.kind === 'ordered' ? 'ol' : 'ul');
  for (const item of tree.items) {
    const listItem = document.createElement('li');
    const paragraph = document.createElement('p');
    paragraph.append(...Array.from(item.content.childNodes));
    listItem.append(paragraph, ...item.children.map((child) => buildList(document, child)));
    list.append(listItem);
  }
  return list;
}

/** Replaces every run of consecutive Word list paragraphs with nested `<ul>`/`<ol>` lists. */
function convertListParagraphs(document: Document): void {
  let run: Array<ListParagraph<HTMLElement>> = [];
  const flush = () => {
    const first = run[0]?.content;
    if (first) first.replaceWith(...nestListParagraphs(run).map((tree) => buildList(document, tree)));
    for (const paragraph of run.slice(1)) paragraph.content.remove();
    run = [];
  };
  for (const paragraph of Array.from(document.body.querySelectorAll<HTMLElement>('p'))) {
    const listParagraph = listParagraphOf(paragraph);
    const previous = run.at(-1)?.content;
    if (!listParagraph || (previous && previous.nextElementSibling !== paragraph)) flush();
    if (listParagraph) run.push(listParagraph);
  }
  flush();
}

function stripAttributes(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const kept = keptAttributes[element.localName] ?? [];
    for (const name of element.getAttributeNames()) if (!kept.includes(name)) element.removeAttribute(name);
  }
}

function headingsToParagraphs(document: Document): void {
  for (const heading of Array.from(document.body.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const paragraph = document.createElement('p');
    paragraph.append(...Array.from(heading.childNodes));
    heading.replaceWith(paragraph);
  }
}

function removeBlankParagraphs(document: Document): void {
  for (const paragraph of Array.from(document.body.querySelectorAll('p'))) {
    if (paragraph.textContent?.replace(/[\s\u00a0]+/g, '') === '' && !paragraph.querySelector('img')) paragraph.remove();
  }
}

/**
 * Word's clipboard HTML, cut down to what a clause body can hold: paragraphs, lists (Word writes them as
 * `MsoListParagraph` paragraphs with an `mso-list` style and a typed marker) and inline emphasis. Parsed with
 * DOMParser into an inert document; other HTML passes through untouched.
 */
export function cleanWordHtml(html: string): string {
  if (!wordSignature.test(html)) return html;
  const document = new DOMParser().parseFromString(html, 'text/html');
  removeComments(document.body);
  for (const element of Array.from(document.body.querySelectorAll(removedElements))) element.remove();
  removeOfficeElements(document.body);
  convertListParagraphs(document);
  headingsToParagraphs(document);
  for (const element of Array.from(document.body.querySelectorAll(unwrappedElements))) unwrap(element);
  stripAttributes(document.body);
  removeBlankParagraphs(document);
  return document.body.innerHTML;
}
