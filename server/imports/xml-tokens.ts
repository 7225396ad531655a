/** A start or end tag; `name` is the local name (an `x:row` tag is a `row`), `attributes` the raw attribute text. */
export interface XmlTagToken {
  kind: 'open' | 'close';
  name: string;
  attributes: string;
  selfClosing: boolean;
}

export interface XmlTextToken {
  kind: 'text';
  text: string;
}

export type XmlToken = XmlTagToken | XmlTextToken;

const tagPattern = /<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const entityPattern = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const namedEntities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(entityPattern, (_match, hexadecimal: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name) return namedEntities[name] ?? '';
    const codePoint = Number.parseInt(hexadecimal ?? decimal ?? '', hexadecimal ? 16 : 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
  });
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function endOf(xml: string, marker: string, from: number): number {
  const found = xml.indexOf(marker, from);
  if (found === -1) throw new Error(`unterminated XML construct, ${marker} expected`);
  return found + marker.length;
}

/**
 * The tags and texts of an XML document one at a time, without building a tree: a part of any size costs memory
 * for the token being read only. Comments and processing instructions are skipped; a DTD is refused.
 */
export function* xmlTokens(xml: string, from = 0): Generator<XmlToken> {
  let position = from;
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    if (open === -1) {
      yield { kind: 'text', text: decodeEntities(xml.slice(position)) };
      return;
    }
    if (open > position) yield { kind: 'text', text: decodeEntities(xml.slice(position, open)) };
    if (xml.startsWith('<!--', open)) {
      position = endOf(xml, '-->', open + 4);
    } else if (xml.startsWith('<![CDATA[', open)) {
      position = endOf(xml, ']]>', open + 9);
      yield { kind: 'text', text: xml.slice(open + 9, position - 3) };
    } else if (xml.startsWith('<?', open)) {
      position = endOf(xml, '?>', open + 2);
    } else if (xml.startsWith('<!', open)) {
      throw new Error('XML with a document type declaration is not accepted');
    } else {
      tagPattern.lastIndex = open;
      const tag = tagPattern.exec(xml);
      if (!tag) throw new Error('malformed XML tag');
      position = tagPattern.lastIndex;
      yield { kind: tag[1] ? 'close' : 'open', name: localName(tag[2] ?? ''), attributes: tag[3] ?? '', selfClosing: tag[4] === '/' };
    }
  }
}

const attributePatterns = new Map<string, RegExp>();

/** An attribute of a tag by its local name (`r:id` is found as `id`), decoded, or undefined. */
export function attributeOf(tag: XmlTagToken, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[^\\s=:/>]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag.attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? '') : undefined;
}
