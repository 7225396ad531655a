import { attributeOf, xmlTokens, type XmlTagToken } from '../xml-tokens';

/** An element by its local name (`w:p` is `p`, `m:r` is `r`), its raw attributes, and its children in order. */
export interface XmlElement {
  name: string;
  tag: XmlTagToken;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlTooLargeError extends Error {}

/**
 * A whole part as a tree, from the tokenizer that refuses DTDs (so no entity can expand). The element count is
 * bounded: a part with more elements than `maximumElements` is refused instead of filling memory.
 */
export function parseXmlTree(xml: string, maximumElements: number): XmlElement {
  const root: XmlElement = { name: '#root', tag: { kind: 'open', name: '#root', attributes: '', selfClosing: false }, children: [] };
  const open: XmlElement[] = [root];
  let elements = 0;
  for (const token of xmlTokens(xml)) {
    const parent = open[open.length - 1] ?? root;
    if (token.kind === 'text') {
      parent.children.push(token.text);
    } else if (token.kind === 'open') {
      elements += 1;
      if (elements > maximumElements) throw new XmlTooLargeError(`more than ${maximumElements} XML elements`);
      const element: XmlElement = { name: token.name, tag: token, children: [] };
      parent.children.push(element);
      if (!token.selfClosing) open.push(element);
    } else if (open.length > 1) {
      open.pop();
    }
  }
  return root;
}

export function elementChildren(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element ? elementChildren(element, name)[0] : undefined;
}

/** Every descendant with this local name, in document order, without descending into matches. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: XmlElement[] = [...elementChildren(element)].reverse();
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) break;
    if (current.name === name) found.push(current);
    else stack.push(...[...elementChildren(current)].reverse());
  }
  return found;
}

export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  return element ? attributeOf(element.tag, name) : undefined;
}

/** The concatenated character data below an element. */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}
