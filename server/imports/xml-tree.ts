import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function attributesOf(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([name, attribute]) => [name, String(attribute)]));
}

function nodesOf(ordered: unknown): XmlNode[] {
  if (!Array.isArray(ordered)) return [];
  const nodes: XmlNode[] = [];
  for (const item of ordered) {
    if (!isRecord(item)) continue;
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue;
      if (key === '#text') nodes.push(String(value));
      else nodes.push({ name: key, attributes: attributesOf(item[':@']), children: nodesOf(value) });
    }
  }
  return nodes;
}

/** Parses XML into elements in document order; Office files never carry a DTD, so one is refused rather than read. */
export function parseXml(text: string): XmlNode[] {
  if (/<!DOCTYPE/i.test(text)) throw new Error('XML with a document type declaration is not accepted');
  return nodesOf(parser.parse(text));
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter(isElement);
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element ? childElements(element).find((child) => child.name === name) : undefined;
}
