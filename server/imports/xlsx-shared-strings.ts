import { xmlTokens } from './xml-tokens';

export interface SharedStrings {
  /** The text of the shared string at this index, runs joined, phonetic guides left out; '' when there is none. */
  text(index: number): string;
}

const stringItemStart = /<(?:[^\s<>/:]+:)?si[\s>/]/g;

function stringItemText(xml: string, offset: number): string {
  let text = '';
  let inText = false;
  let phoneticDepth = 0;
  for (const token of xmlTokens(xml, offset)) {
    if (token.kind === 'text') {
      if (inText && phoneticDepth === 0) text += token.text;
    } else if (token.name === 'si' && (token.kind === 'close' || token.selfClosing)) {
      return text;
    } else if (token.name === 't' && !token.selfClosing) {
      inText = token.kind === 'open';
    } else if (token.name === 'rPh' && !token.selfClosing) {
      phoneticDepth += token.kind === 'open' ? 1 : -1;
    }
  }
  return text;
}

/**
 * The shared strings of a workbook, read lazily: only where each string starts is kept, and a string is decoded
 * when a cell the import reads refers to it, so a part of millions of strings costs one number per string.
 */
export function sharedStringsOf(xml: string): SharedStrings {
  const offsets: number[] = [];
  stringItemStart.lastIndex = 0;
  for (let match = stringItemStart.exec(xml); match; match = stringItemStart.exec(xml)) offsets.push(match.index);
  return {
    text(index: number): string {
      const offset = offsets[index];
      return offset === undefined ? '' : stringItemText(xml, offset);
    },
  };
}
