import type { WordParagraph } from './word-blocks';

export type SectionName = 'foreword' | 'introduction' | 'contents' | 'bibliography';

export type ParagraphRole =
  | { kind: 'section'; section: SectionName }
  | { kind: 'annex'; letter: string; normative: boolean | null; title: string }
  | { kind: 'heading'; level: number; title: string }
  | { kind: 'number-only'; level: number };

const spaces = /[\s\u3000]+/g;

export function compact(text: string): string {
  return text.replace(spaces, '');
}

/** Spaces collapsed, the ideographic space kept where the drafter put one between parts of a title. */
export function tidy(text: string): string {
  return text
    .replace(/[\t\u00a0]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const sectionTitles: ReadonlyMap<string, SectionName> = new Map([
  ['前言', 'foreword'],
  ['引言', 'introduction'],
  ['目次', 'contents'],
  ['目录', 'contents'],
  ['参考文献', 'bibliography'],
]);

const annexPattern = /^附\s*录\s*([A-Z])(?:[\s\u3000]*[（(](规范性|资料性)(?:附录)?[)）])?[\s\u3000]*(.*)$/s;

/** Heading levels by style name: Word's built-in headings in English and Chinese, and the SET template's clause styles. */
function levelFromStyleNames(names: string[]): number | null {
  for (const name of names) {
    const builtIn = /^(?:heading|标题)\s*([1-9])$/.exec(name);
    if (builtIn) return Number(builtIn[1]);
    if (name.includes('章标题')) return 1;
    const set = /(一|二|三|四|五)级条标题/.exec(name);
    if (set) return ['一', '二', '三', '四', '五'].indexOf(set[1] ?? '') + 2;
  }
  return null;
}

/** "%1.%2.%3" numbering (decimal, dot-separated) is clause numbering; its level is the count of parts. */
function levelFromNumbering(paragraph: WordParagraph): number | null {
  const numbering = paragraph.numbering;
  if (!numbering || numbering.format !== 'decimal') return null;
  if (!/^%1(?:\.%\d)*\.?$/.test(numbering.text)) return null;
  return numbering.text.split('%').length - 1;
}

const typedClause = /^(\d{1,2}(?:\.\d{1,3}){0,4})(?:[\s\u3000]+|(?=[\u4e00-\u9fff]))(.+)$/s;
const typedAnnexClause = /^([A-Z](?:\.\d{1,3}){1,4})(?:[\s\u3000]+|(?=[\u4e00-\u9fff]))(.+)$/s;
const numberOnly = /^([A-Z]|\d{1,2})((?:\.\d{1,3}){1,4})$/;

/** A typed title is short and is not a sentence. */
function looksLikeTitle(title: string, bold: boolean): boolean {
  if (title.length > 40 || /[。；;]$/.test(title)) return false;
  return bold || !/[，。；：,;:]/.test(title);
}

function withoutTypedNumber(text: string): string {
  const typed = typedClause.exec(text) ?? typedAnnexClause.exec(text);
  return typed ? tidy(typed[2] ?? '') : text;
}

/** What a paragraph is in the structure, or null for body text. */
export function classifyParagraph(paragraph: WordParagraph): ParagraphRole | null {
  const text = tidy(paragraph.text);
  if (text === '' || paragraph.formula !== null) return null;
  const section = sectionTitles.get(compact(text));
  if (section) return { kind: 'section', section };
  const annex = annexPattern.exec(text);
  if (annex && compact(text).length <= 60) {
    const lines = (annex[3] ?? '').split('\n').map(tidy).filter((line) => line !== '');
    let normative: boolean | null = annex[2] === undefined ? null : annex[2] === '规范性';
    const rest: string[] = [];
    for (const line of lines) {
      const kind = /^[（(](规范性|资料性)(?:附录)?[)）]$/.exec(compact(line));
      if (kind && normative === null) normative = kind[1] === '规范性';
      else rest.push(line);
    }
    return { kind: 'annex', letter: annex[1] ?? 'A', normative, title: rest.join(' ') };
  }
  const onlyNumber = numberOnly.exec(compact(text));
  if (onlyNumber) return { kind: 'number-only', level: (onlyNumber[2] ?? '').split('.').length };
  const styled = levelFromStyleNames(paragraph.styleNames) ?? (paragraph.outlineLevel !== null && paragraph.outlineLevel < 5 ? paragraph.outlineLevel + 1 : null);
  if (styled !== null && text.length <= 80) return { kind: 'heading', level: Math.min(styled, 5), title: withoutTypedNumber(text) };
  const numbered = levelFromNumbering(paragraph);
  if (numbered !== null && looksLikeTitle(text, paragraph.bold)) return { kind: 'heading', level: Math.min(numbered, 5), title: withoutTypedNumber(text) };
  const typed = typedClause.exec(text);
  if (typed && looksLikeTitle(tidy(typed[2] ?? ''), paragraph.bold)) return { kind: 'heading', level: (typed[1] ?? '').split('.').length, title: tidy(typed[2] ?? '') };
  const typedAnnex = typedAnnexClause.exec(text);
  if (typedAnnex && looksLikeTitle(tidy(typedAnnex[2] ?? ''), paragraph.bold)) return { kind: 'heading', level: (typedAnnex[1] ?? '').split('.').length, title: tidy(typedAnnex[2] ?? '') };
  return null;
}

export const notePattern = /^注(?:[\s\u3000]*\d+)?[\s\u3000]*[：:][\s\u3000]*(.*)$/s;
export const examplePattern = /^示例(?:[\s\u3000]*\d+)?[\s\u3000]*[：:][\s\u3000]*(.*)$/s;
export const dashItemPattern = /^(?:——|—|–|－－)[\s\u3000]*(.+)$/s;
export const letterItemPattern = /^[a-z][)）][\s\u3000]*(.+)$/s;
export const numberItemPattern = /^\d{1,2}[)）][\s\u3000]*(.+)$/s;
export const tableTitlePattern = /^表[\s\u3000]*(?:[A-Z]\.)?\d{1,3}(?:[\s\u3000]+|(?=[\u4e00-\u9fffA-Za-z（(]))(.*)$/s;
export const figureTitlePattern = /^图[\s\u3000]*(?:[A-Z]\.)?\d{1,3}(?:[\s\u3000]+|(?=[\u4e00-\u9fffA-Za-z（(]))(.*)$/s;
export const sourcePattern = /^[[［][\s\u3000]*来源[：:][\s\u3000]*(.*?)[\s\u3000]*[\]］]$/s;
export const bibliographyEntryPattern = /^[[［]\d{1,3}[\]］][\s\u3000]*(.+)$/s;
const documentNumberPattern = /^((?:GB\/T|GB\/Z|GB|T\/[A-Z]{2,10}|ISO\/IEC|ISO|IEC|[A-Z]{2,5}\/[TZ]|[A-Z]{2,5})[\s\u3000]?\d[\d.:]*(?:[-—–]+\d{2,4})?(?:[\s\u3000]*[（(][^)）]{1,20}[)）])?)[\s\u3000]+(.+)$/s;

/** "GB/T 19001—2016 质量管理体系 要求" → its number and its title; null when the text starts with no document number. */
export function splitReference(text: string): { documentNumber: string; title: string } | null {
  const found = documentNumberPattern.exec(tidy(text));
  if (!found) return null;
  return { documentNumber: tidy(found[1] ?? '').replace(/[\s\u3000]+/g, ' '), title: tidy(found[2] ?? '') };
}

/** "绿色工厂 green factory" → the Chinese and the English term. */
export function splitTerm(line: string): { chinese: string; english: string } {
  const text = tidy(line);
  const found = /^(.*[\u4e00-\u9fff）)\]][^A-Za-z]*?)[\s\u3000;；]+([A-Za-z].*)$/s.exec(text);
  if (!found) return { chinese: text, english: '' };
  return { chinese: tidy(found[1] ?? ''), english: tidy(found[2] ?? '') };
}
