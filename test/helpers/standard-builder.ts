import type { JSONContent } from '@tiptap/core';
import { forewordPatentSentence, forewordStandardSentence, noNormativeReferencesSentence, noTermsSentence, normativeReferencesLeadIn, termsAndDefinitionsLeadIn } from '../../shared/document/skeleton';

/** Inline content: plain strings become text nodes. */
export type InlineContent = string | JSONContent;

function inline(content: InlineContent[]): JSONContent[] {
  return content
    .filter((part) => part !== '')
    .map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part));
}

function titled(type: string, title: string): JSONContent {
  return title === '' ? { type } : { type, content: [{ type: 'text', text: title }] };
}

export function paragraph(...content: InlineContent[]): JSONContent {
  const children = inline(content);
  return children.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: children };
}

export function crossReference(targetId: string): JSONContent {
  return { type: 'crossReference', attrs: { targetId } };
}

export function footnote(text: string): JSONContent {
  return { type: 'footnote', attrs: { text } };
}

export function clause(id: string, title: string, ...children: JSONContent[]): JSONContent {
  return { type: 'clause', attrs: { id }, content: [titled('clauseTitle', title), ...children] };
}

export interface AnnexOptions {
  id: string;
  title: string;
  normative?: boolean;
}

export function annex(options: AnnexOptions, ...children: JSONContent[]): JSONContent {
  return { type: 'annex', attrs: { id: options.id, normative: options.normative ?? false }, content: [titled('annexTitle', options.title), ...children] };
}

/** A paragraph's content: one string, or strings and inline nodes. */
export type ParagraphContent = string | InlineContent[];

function paragraphOf(content: ParagraphContent): JSONContent {
  return typeof content === 'string' ? paragraph(content) : paragraph(...content);
}

export function note(id: string, ...paragraphs: ParagraphContent[]): JSONContent {
  return { type: 'note', attrs: { id }, content: paragraphs.map(paragraphOf) };
}

/** Strings become paragraphs; nodes (lists, paragraphs) are kept as they are. */
export function example(id: string, ...blocks: Array<string | JSONContent>): JSONContent {
  return { type: 'example', attrs: { id }, content: blocks.map((block) => (typeof block === 'string' ? paragraph(block) : block)) };
}

type ListItemContent = InlineContent | JSONContent[];

function listItem(item: ListItemContent): JSONContent {
  return { type: 'listItem', content: Array.isArray(item) ? item : [paragraph(item)] };
}

export function bulletList(...items: ListItemContent[]): JSONContent {
  return { type: 'bulletList', content: items.map(listItem) };
}

export function orderedList(items: ListItemContent[], start = 1): JSONContent {
  return { type: 'orderedList', attrs: { start }, content: items.map(listItem) };
}

export interface TermEntryOptions {
  id: string;
  chinese: string;
  english: string;
  definition: InlineContent[] | string;
  notes?: JSONContent[];
  source?: string;
}

export function termEntry(options: TermEntryOptions): JSONContent {
  const definition = typeof options.definition === 'string' ? [options.definition] : options.definition;
  return {
    type: 'termEntry',
    attrs: { id: options.id },
    content: [
      titled('termChinese', options.chinese),
      titled('termEnglish', options.english),
      { type: 'termDefinition', content: inline(definition) },
      ...(options.notes ?? []),
      ...(options.source === undefined ? [] : [{ type: 'termSource', content: inline([options.source]) }]),
    ],
  };
}

export function referenceEntry(id: string, documentNumber: string, title: string): JSONContent {
  return { type: 'referenceEntry', attrs: { id, documentNumber }, content: inline([title]) };
}

function tableCell(text: string, header: boolean): JSONContent {
  return { type: header ? 'tableHeader' : 'tableCell', content: [paragraph(text)] };
}

export interface TableOptions {
  id: string;
  title: string;
  /** The first row is the header row. */
  rows?: string[][];
  notes?: InlineContent[][];
  footnotes?: InlineContent[][];
}

export function tableBlock(options: TableOptions): JSONContent {
  const rows = options.rows ?? [
    ['项目', '要求'],
    ['长度', '10 mm'],
  ];
  return {
    type: 'tableBlock',
    attrs: { id: options.id },
    content: [
      titled('tableTitle', options.title),
      { type: 'table', content: rows.map((row, index) => ({ type: 'tableRow', content: row.map((cell) => tableCell(cell, index === 0)) })) },
      ...(options.notes ?? []).map((content) => ({ type: 'tableNote', content: inline(content) })),
      ...(options.footnotes ?? []).map((content) => ({ type: 'tableFootnote', content: inline(content) })),
    ],
  };
}

export interface FigureOptions {
  id: string;
  title: string;
  imageId?: string;
}

export function figure(options: FigureOptions): JSONContent {
  return { type: 'figure', attrs: { id: options.id, imageId: options.imageId ?? 'image-1', alternativeText: '' }, content: [titled('figureTitle', options.title)] };
}

export function formula(id: string, text: string, numbered = true): JSONContent {
  return text === '' ? { type: 'formula', attrs: { id, numbered } } : { type: 'formula', attrs: { id, numbered }, content: [{ type: 'text', text }] };
}

/** "式中：" under a formula, one line per symbol. */
export function formulaExplanation(...lines: string[]): JSONContent {
  return { type: 'formulaExplanation', content: lines.map((line) => paragraph(line)) };
}

export function foreword(...paragraphs: ParagraphContent[]): JSONContent {
  return { type: 'foreword', content: paragraphs.map(paragraphOf) };
}

export function introduction(...paragraphs: ParagraphContent[]): JSONContent {
  return { type: 'introduction', content: paragraphs.map(paragraphOf) };
}

export function bibliography(...entries: JSONContent[]): JSONContent {
  return { type: 'bibliography', content: entries };
}

export function cover(fields: Record<string, string>): JSONContent {
  return { type: 'cover', attrs: fields };
}

export function standardDocument(...content: JSONContent[]): JSONContent {
  return { type: 'doc', content };
}

/** 前言 holding the standard sentence. */
export function standardForeword(): JSONContent {
  return foreword(forewordStandardSentence, forewordPatentSentence);
}

export function scopeChapter(id = 'chapter-scope', text = '本文件规定了团体标准的结构。'): JSONContent {
  return clause(id, '范围', paragraph(text));
}

/** 2 规范性引用文件: the fixed lead-in followed by the entries, or "本文件没有规范性引用文件。" without entries. */
export function normativeReferencesChapter(entries: JSONContent[] = [], id = 'chapter-references'): JSONContent {
  const leadIn = entries.length > 0 ? normativeReferencesLeadIn : noNormativeReferencesSentence;
  return clause(id, '规范性引用文件', paragraph(leadIn), ...entries);
}

/** 3 术语和定义: the lead-in followed by the entries, or "本文件没有需要界定的术语和定义。" without entries. */
export function termsChapter(entries: JSONContent[] = [], id = 'chapter-terms'): JSONContent {
  const leadIn = entries.length > 0 ? termsAndDefinitionsLeadIn : noTermsSentence;
  return clause(id, '术语和定义', paragraph(leadIn), ...entries);
}

/** 前言, 1 范围, 2 规范性引用文件 and 3 术语和定义 without entries, then the given chapters, annexes or bibliography. */
export function minimalStandard(...rest: JSONContent[]): JSONContent {
  return standardDocument(standardForeword(), scopeChapter(), normativeReferencesChapter(), termsChapter(), ...rest);
}
