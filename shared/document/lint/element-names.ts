import type { DocumentNumbering } from '../numbering';
import type { LocalizedText } from './lint-types';

/** How a message names a numbered element: "第4章"/"chapter 4", "4.2条"/"clause 4.2", "附录A"/"annex A", "表1"/"table 1". */
export function nameOfElementAt(numbering: DocumentNumbering, position: number): LocalizedText {
  const element = numbering.byPosition.get(position);
  if (!element) return { zh: '该要素', en: 'this element' };
  const number = element.number ?? '';
  switch (element.kind) {
    case 'clause':
      return element.level === 1 ? { zh: `第${number}章`, en: `chapter ${number}` } : { zh: `${number}条`, en: `clause ${number}` };
    case 'annex':
      return { zh: `附录${number}`, en: `annex ${number}` };
    case 'table':
      return { zh: `表${number}`, en: `table ${number}` };
    case 'figure':
      return { zh: `图${number}`, en: `figure ${number}` };
    case 'formula':
      return { zh: `公式(${number})`, en: `formula (${number})` };
    case 'term':
      return { zh: `术语条目${number}`, en: `term entry ${number}` };
    default:
      return { zh: element.label, en: element.label };
  }
}

/** An English name at the start of a sentence: "chapter 4" → "Chapter 4". */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
