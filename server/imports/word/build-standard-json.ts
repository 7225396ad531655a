import { randomUUID } from 'node:crypto';
import type { JSONContent } from '@tiptap/core';
import type { WordImportNote } from '../../../shared/api/word-import';
import { nodeNames } from '../../../shared/editor/node-names';
import {
  bibliographyEntryPattern,
  classifyParagraph,
  compact,
  dashItemPattern,
  examplePattern,
  figureTitlePattern,
  letterItemPattern,
  notePattern,
  numberItemPattern,
  sourcePattern,
  splitReference,
  splitTerm,
  tableTitlePattern,
  tidy,
  type ParagraphRole,
} from './classify-paragraph';
import { readCoverLines } from './cover-lines';
import { contentAfterLabel, inlineContentOf, paragraphJson, plainTextNode } from './inline-json';
import { tableBlockJson } from './table-json';
import type { WordBlock, WordParagraph, WordTable } from './word-blocks';

type PendingNote = Pick<WordImportNote, 'kind' | 'message'>;

export interface BuiltStandard {
  document: JSONContent;
  notMapped: WordImportNote[];
  coverFieldCount: number;
}

type Region = 'cover' | 'contents' | 'foreword' | 'introduction' | 'body' | 'bibliography';
type ListKind = 'bullet' | 'letter' | 'number';

interface OpenTerm {
  node: JSONContent;
  /** What the next body paragraph of the entry is. */
  expecting: 'term' | 'definition' | 'rest';
}

const stableId = (): string => randomUUID();

/** "式中：P——功率，…" right after a formula, and the symbol lines after it ("U——电压，…"). */
const formulaExplanationPattern = /^式中[：:][\s\u3000]*(.*)$/s;
const symbolLinePattern = /^[^\s\u3000，。；]{1,12}[\s\u3000]*——/;

/** A figure title line ("图1 试验流程") without its number. */
function titleAfterNumber(text: string, pattern: RegExp): string | null {
  const found = pattern.exec(tidy(text));
  return found ? tidy(found[1] ?? '') : null;
}

/** The list a paragraph is an item of, from its typed marker or from Word's automatic numbering. */
function listKindOf(paragraph: WordParagraph): { kind: ListKind; content: JSONContent[] } | null {
  const typed: Array<[ListKind, RegExp]> = [
    ['bullet', dashItemPattern],
    ['letter', letterItemPattern],
    ['number', numberItemPattern],
  ];
  for (const [kind, pattern] of typed) {
    const content = contentAfterLabel(paragraph.pieces, paragraph.text, pattern);
    if (content) return { kind, content };
  }
  const format = paragraph.numbering?.format;
  if (format === 'bullet') return { kind: 'bullet', content: inlineContentOf(paragraph.pieces) };
  if (format === 'lowerLetter') return { kind: 'letter', content: inlineContentOf(paragraph.pieces) };
  if (format === 'decimal' && /^%\d[)）]$/.test(paragraph.numbering?.text ?? '')) return { kind: 'number', content: inlineContentOf(paragraph.pieces) };
  return null;
}

function listNode(kind: ListKind): JSONContent {
  return kind === 'bullet' ? { type: nodeNames.bulletList, content: [] } : { type: nodeNames.orderedList, attrs: { start: 1 }, content: [] };
}

function listItem(content: JSONContent[]): JSONContent {
  return { type: nodeNames.listItem, content: [paragraphJson(content)] };
}

/**
 * Builds the whole draft from the paragraphs and tables in reading order: the lines before the first section or
 * chapter are the cover, then 前言, 引言, chapters and clauses by level, annexes and 参考文献. Content that is not
 * recognised stays in place as plain paragraphs; what cannot be placed at all is listed in `notMapped`.
 */
class StandardBuilder {
  private region: Region = 'cover';
  private readonly coverLines: string[] = [];
  private foreword: JSONContent | null = null;
  private introduction: JSONContent | null = null;
  private bibliography: JSONContent | null = null;
  private readonly chapters: JSONContent[] = [];
  private readonly annexes: JSONContent[] = [];
  /** The open clauses from the chapter (or annex) down. */
  private stack: JSONContent[] = [];
  private inAnnex = false;
  /** The letter of the annex just started while its heading has not said （规范性） or （资料性）. */
  private annexKindUnknown: string | null = null;
  private term: OpenTerm | null = null;
  private readonly contentsEntries: WordParagraph[] = [];
  readonly notMapped: WordImportNote[] = [];
  private blockNumber = 0;

  constructor(private readonly blocks: readonly WordBlock[]) {}

  build(): BuiltStandard {
    for (let index = 0; index < this.blocks.length; index += 1) {
      const block = this.blocks[index];
      if (!block) continue;
      this.blockNumber = index + 1;
      if (block.kind === 'table') {
        this.noteAll(block.notes);
        this.table(block, '');
        continue;
      }
      this.noteAll(block.notes);
      index += this.paragraph(block, index);
    }
    return this.finish();
  }

  private where(): string {
    const path = this.stack.map((clause) => clause.content?.[0]?.content?.[0]?.text ?? '').filter((title) => title !== '');
    const place = path.length > 0 ? path.join(' › ') : ({ cover: '封面', contents: '目次', foreword: '前言', introduction: '引言', body: '正文', bibliography: '参考文献' } as const)[this.region];
    return `${place}（第 ${this.blockNumber} 段）`;
  }

  private noteAll(notes: readonly PendingNote[]): void {
    for (const note of notes) this.notMapped.push({ ...note, where: this.where() });
  }

  private unrecognised(zh: string, en: string): void {
    this.notMapped.push({ kind: 'unrecognised', where: this.where(), message: { zh, en } });
  }

  /** Returns how many following blocks it consumed (a title's table, a figure's title). */
  private paragraph(paragraph: WordParagraph, index: number): number {
    const text = tidy(paragraph.text);
    const role = classifyParagraph(paragraph);
    if (this.region === 'contents') {
      if (/^toc|^目录/.test(paragraph.styleNames[0] ?? '') || text === '') return 0;
      if (role !== null) {
        this.contentsEntries.push(paragraph);
        return 0;
      }
      // The 目次 lists the headings that follow it; the last listed line before body text is the real section title.
      const real = this.contentsEntries.pop();
      this.contentsEntries.length = 0;
      this.region = 'cover';
      if (real) this.structural(classifyParagraph(real));
      return this.paragraph(paragraph, index);
    }
    if (role && this.startsStructure(role)) {
      if (this.isTermHeading(role, index)) {
        this.startTerm(role.kind === 'heading' ? role.title : '');
        return 0;
      }
      this.structural(role);
      return role.kind === 'annex' ? this.annexHeadingLines(index) : 0;
    }
    if (this.region === 'cover') {
      if (text !== '') this.coverLines.push(paragraph.text);
      return 0;
    }
    return this.body(paragraph, index);
  }

  /** "附录A" may stand alone with "（规范性）" and the title on the lines after it, as GB/T 1.1 prints them. */
  private annexHeadingLines(index: number): number {
    const consumed = this.readAnnexHeadingLines(index);
    const letter = this.annexKindUnknown;
    if (letter !== null) this.unrecognised(`附录${letter}未注明（规范性）或（资料性），已按资料性附录导入，请核对。`, `Annex ${letter} does not say normative or informative; it was imported as informative. Check it.`);
    this.annexKindUnknown = null;
    return consumed;
  }

  private readAnnexHeadingLines(index: number): number {
    const annex = this.annexes.at(-1);
    const title = annex?.content?.[0];
    if (!annex || !title || title.content !== undefined) return 0;
    let consumed = 0;
    for (let next = index + 1; next < this.blocks.length && consumed < 2; next += 1) {
      const block = this.blocks[next];
      if (block?.kind !== 'paragraph') break;
      const line = compact(block.text);
      if (line === '') {
        consumed += 1;
        continue;
      }
      const kind = /^[（(](规范性|资料性)(?:附录)?[)）]$/.exec(line);
      if (kind) {
        annex.attrs = { ...annex.attrs, normative: kind[1] === '规范性' };
        this.annexKindUnknown = null;
        consumed = next - index;
        continue;
      }
      if (classifyParagraph(block) === null && line.length <= 60 && !/[。；]$/.test(line)) {
        annex.content = [plainTextNode(nodeNames.annexTitle, tidy(block.text)), ...(annex.content?.slice(1) ?? [])];
        return next - index;
      }
      break;
    }
    return consumed;
  }

  /** Before the first section, only section titles, annexes and chapter headings start the structure. */
  private startsStructure(role: ParagraphRole): boolean {
    if (this.region !== 'cover') return true;
    return role.kind === 'section' || role.kind === 'annex' || (role.kind === 'heading' && role.level === 1);
  }

  private get inTermsChapter(): boolean {
    return compact(this.chapterTitle()) === '术语和定义';
  }

  private chapterTitle(): string {
    if (this.inAnnex) return '';
    return this.stack[0]?.content?.[0]?.content?.[0]?.text ?? '';
  }

  /** In 术语和定义, "3.1" alone or "3.2 术语 term" followed by its definition is a term entry, not a clause. */
  private isTermHeading(role: ParagraphRole, index: number): boolean {
    if (!this.inTermsChapter) return false;
    if (role.kind === 'number-only') return role.level >= 2;
    if (role.kind !== 'heading' || role.level < 2) return false;
    const next = this.nextParagraph(index);
    return next !== null && classifyParagraph(next) === null;
  }

  private nextParagraph(index: number): WordParagraph | null {
    for (let next = index + 1; next < this.blocks.length; next += 1) {
      const block = this.blocks[next];
      if (!block) break;
      if (block.kind === 'table') return null;
      if (tidy(block.text) !== '' || block.pieces.length > 0) return block;
    }
    return null;
  }

  private structural(role: ParagraphRole | null): void {
    this.term = null;
    if (role === null) return;
    switch (role.kind) {
      case 'section':
        this.section(role.section);
        return;
      case 'annex':
        this.startAnnex(role.letter, role.normative, role.title);
        return;
      case 'heading':
        this.startClause(role.level, role.title);
        return;
      case 'number-only':
        this.startClause(role.level, '');
    }
  }

  private section(section: 'foreword' | 'introduction' | 'contents' | 'bibliography'): void {
    this.stack = [];
    this.inAnnex = false;
    if (section === 'contents') {
      this.region = 'contents';
      this.notMapped.push({ kind: 'table_of_contents', where: '目次', message: { zh: '文件中的目次未导入：产品按章条标题自动生成目次。', en: 'The table of contents was not imported: the product makes it from the headings.' } });
      return;
    }
    this.region = section;
    if (section === 'foreword') this.foreword ??= { type: nodeNames.foreword, content: [] };
    if (section === 'introduction') this.introduction ??= { type: nodeNames.introduction, content: [] };
    if (section === 'bibliography') this.bibliography ??= { type: nodeNames.bibliography, content: [] };
  }

  private startAnnex(letter: string, normative: boolean | null, title: string): void {
    this.region = 'body';
    this.inAnnex = true;
    const annex: JSONContent = { type: nodeNames.annex, attrs: { id: stableId(), normative: normative === true }, content: [plainTextNode(nodeNames.annexTitle, title)] };
    this.annexKindUnknown = normative === null ? letter : null;
    this.annexes.push(annex);
    this.stack = [annex];
  }

  /** A clause of `level` (1 = chapter; in an annex, "A.1" is level 2), under the nearest open clause above it. */
  private startClause(level: number, title: string): void {
    this.region = 'body';
    const depth = this.inAnnex ? Math.max(level - 1, 1) : level - 1;
    const clause: JSONContent = { type: nodeNames.clause, attrs: { id: stableId() }, content: [plainTextNode(nodeNames.clauseTitle, title)] };
    const parentDepth = Math.min(depth, this.stack.length);
    this.stack = this.stack.slice(0, parentDepth);
    const parent = this.stack.at(-1);
    if (parent) parent.content?.push(clause);
    else this.chapters.push(clause);
    this.stack.push(clause);
  }

  private startTerm(heading: string): void {
    const entry: JSONContent = { type: nodeNames.termEntry, attrs: { id: stableId() }, content: [] };
    const parent = this.stack.at(-1);
    parent?.content?.push(entry);
    this.term = { node: entry, expecting: 'term' };
    if (heading !== '') this.termLine(heading);
  }

  private termLine(line: string): void {
    if (!this.term) return;
    const { chinese, english } = splitTerm(line);
    this.term.node.content = [plainTextNode(nodeNames.termChinese, chinese), plainTextNode(nodeNames.termEnglish, english)];
    this.term.expecting = 'definition';
  }

  /** Paragraphs of the open term entry; false when the paragraph no longer belongs to it. */
  private termParagraph(paragraph: WordParagraph): boolean {
    const term = this.term;
    if (!term) return false;
    if (term.expecting === 'term') {
      this.termLine(paragraph.text);
      return true;
    }
    if (term.expecting === 'definition') {
      term.node.content?.push({ type: nodeNames.termDefinition, content: inlineContentOf(paragraph.pieces) });
      term.expecting = 'rest';
      return true;
    }
    const note = contentAfterLabel(paragraph.pieces, paragraph.text, notePattern);
    if (note) {
      term.node.content?.push({ type: nodeNames.note, attrs: { id: stableId() }, content: [paragraphJson(note)] });
      return true;
    }
    const source = contentAfterLabel(paragraph.pieces, paragraph.text, sourcePattern);
    if (source) {
      term.node.content?.push({ type: nodeNames.termSource, content: source });
      this.term = null;
      return true;
    }
    this.term = null;
    return false;
  }

  private body(paragraph: WordParagraph, index: number): number {
    const empty = tidy(paragraph.text) === '' && paragraph.pieces.every((piece) => piece.kind === 'text') && paragraph.formula === null;
    if (empty) return 0;
    if (this.region === 'foreword' || this.region === 'introduction') {
      this.proseParagraph(paragraph);
      return 0;
    }
    if (this.region === 'bibliography') {
      this.bibliographyParagraph(paragraph);
      return 0;
    }
    if (this.term && this.termParagraph(paragraph)) return 0;
    return this.clauseParagraph(paragraph, index);
  }

  private proseParagraph(paragraph: WordParagraph): void {
    const section = this.region === 'foreword' ? this.foreword : this.introduction;
    const target = section?.content;
    const note = contentAfterLabel(paragraph.pieces, paragraph.text, notePattern);
    const item = note ? null : listKindOf(paragraph);
    if (target && note) {
      target.push({ type: nodeNames.note, attrs: { id: stableId() }, content: [paragraphJson(note)] });
      return;
    }
    if (target && item) {
      this.listItem(target, item.kind, item.content);
      return;
    }
    const content = inlineContentOf(paragraph.pieces);
    const withFormula = paragraph.formula === null ? content : [...content, { type: 'text', text: ` ${paragraph.formula}` }];
    section?.content?.push(paragraphJson(withFormula));
    if (paragraph.pieces.some((piece) => piece.kind === 'image')) this.unrecognised('前言和引言中不能放图，图片未导入；请把图移到章条中。', 'A foreword or introduction cannot hold a figure; the image was not imported. Move the figure into a clause.');
  }

  private bibliographyParagraph(paragraph: WordParagraph): void {
    const text = tidy(paragraph.text);
    const entry = bibliographyEntryPattern.exec(text);
    const reference = splitReference(entry ? (entry[1] ?? '') : text);
    if (reference) {
      this.bibliography?.content?.push(plainTextNode(nodeNames.referenceEntry, reference.title, { id: stableId(), documentNumber: reference.documentNumber }));
    } else {
      this.bibliography?.content?.push(paragraphJson(contentAfterLabel(paragraph.pieces, paragraph.text, bibliographyEntryPattern) ?? inlineContentOf(paragraph.pieces)));
    }
  }

  /** The clause (or annex) that body blocks go into; text before any chapter gets an untitled first chapter. */
  private target(): JSONContent[] {
    if (this.stack.length === 0) this.startClause(1, '');
    const open = this.stack.at(-1);
    if (!open) return [];
    open.content ??= [];
    return open.content;
  }

  private clauseParagraph(paragraph: WordParagraph, index: number): number {
    const target = this.target();
    const text = tidy(paragraph.text);
    const images = paragraph.pieces.filter((piece) => piece.kind === 'image');
    if (images.length > 0) return this.figures(paragraph, images.map((image) => image.placeholderId), index, target);
    if (paragraph.formula !== null) {
      this.formula(paragraph, target);
      return 0;
    }
    if (this.formulaExplanationLine(paragraph, target)) return 0;
    const tableTitle = titleAfterNumber(paragraph.text, tableTitlePattern);
    const following = this.blocks[index + 1];
    if (tableTitle !== null && following?.kind === 'table') {
      this.noteAll(following.notes);
      this.table(following, tableTitle);
      return 1;
    }
    if (this.inReferencesChapter() && !/[。：]$/.test(text)) {
      const reference = splitReference(text);
      if (reference) {
        target.push(plainTextNode(nodeNames.referenceEntry, reference.title, { id: stableId(), documentNumber: reference.documentNumber }));
        return 0;
      }
    }
    const note = contentAfterLabel(paragraph.pieces, paragraph.text, notePattern);
    if (note) {
      target.push({ type: nodeNames.note, attrs: { id: stableId() }, content: [paragraphJson(note)] });
      return 0;
    }
    const example = contentAfterLabel(paragraph.pieces, paragraph.text, examplePattern);
    if (example) {
      target.push({ type: nodeNames.example, attrs: { id: stableId() }, content: [paragraphJson(example)] });
      return 0;
    }
    const item = listKindOf(paragraph);
    if (item) {
      this.listItem(target, item.kind, item.content);
      return 0;
    }
    target.push(paragraphJson(inlineContentOf(paragraph.pieces)));
    return 0;
  }

  private inReferencesChapter(): boolean {
    return compact(this.chapterTitle()) === '规范性引用文件' && this.stack.length === 1;
  }

  /** "——" items make a bullet list, "a)" items an ordered one, "1)" items after "a)" items its second level. */
  private listItem(target: JSONContent[], kind: ListKind, content: JSONContent[]): void {
    const last = target.at(-1);
    const lastKind: ListKind | null = last?.type === nodeNames.bulletList ? 'bullet' : last?.type === nodeNames.orderedList ? 'letter' : null;
    if (kind === 'number' && lastKind === 'letter' && last) {
      const parentItem = last.content?.at(-1);
      const nested = parentItem?.content?.at(-1);
      if (nested?.type === nodeNames.orderedList) nested.content?.push(listItem(content));
      else parentItem?.content?.push({ ...listNode('number'), content: [listItem(content)] });
      return;
    }
    const wanted = kind === 'bullet' ? 'bullet' : 'letter';
    if (last && lastKind === wanted) {
      last.content?.push(listItem(content));
      return;
    }
    target.push({ ...listNode(kind), content: [listItem(content)] });
  }

  /** Adds the paragraph to the "式中：" of the formula just read, or starts it; false when it is no such line. */
  private formulaExplanationLine(paragraph: WordParagraph, target: JSONContent[]): boolean {
    const last = target.at(-1);
    const opening = last?.type === nodeNames.formula ? contentAfterLabel(paragraph.pieces, paragraph.text, formulaExplanationPattern) : null;
    if (opening) {
      target.push({ type: nodeNames.formulaExplanation, content: [paragraphJson(opening)] });
      return true;
    }
    if (last?.type === nodeNames.formulaExplanation && symbolLinePattern.test(tidy(paragraph.text))) {
      last.content?.push(paragraphJson(inlineContentOf(paragraph.pieces)));
      return true;
    }
    return false;
  }

  private formula(paragraph: WordParagraph, target: JSONContent[]): void {
    const rest = tidy(paragraph.text);
    const number = /[（(]\s*(?:[A-Z]\.)?\d{1,3}\s*[)）]$/.exec(rest);
    const words = (number ? rest.slice(0, number.index) : rest).trim();
    if (words !== '') target.push(paragraphJson(inlineContentOf(paragraph.pieces)));
    target.push(plainTextNode(nodeNames.formula, paragraph.formula ?? '', { id: stableId(), numbered: number !== null }));
  }

  private figures(paragraph: WordParagraph, imageIds: string[], index: number, target: JSONContent[]): number {
    const words = tidy(paragraph.text);
    if (words !== '') {
      const title = titleAfterNumber(words, figureTitlePattern);
      if (title === null) target.push(paragraphJson(inlineContentOf(paragraph.pieces)));
    }
    // 图注 stand between the image and its title; they belong to the figure only when the title follows them.
    const notes: JSONContent[] = [];
    let cursor = index + 1;
    for (let block = this.blocks[cursor]; block?.kind === 'paragraph'; block = this.blocks[cursor]) {
      const note = contentAfterLabel(block.pieces, block.text, notePattern);
      if (!note) break;
      notes.push({ type: nodeNames.note, attrs: { id: stableId() }, content: [paragraphJson(note)] });
      cursor += 1;
    }
    const next = this.blocks[cursor];
    const nextTitle = next?.kind === 'paragraph' ? titleAfterNumber(next.text, figureTitlePattern) : null;
    const figureNotes = nextTitle === null ? [] : notes;
    const ownTitle = titleAfterNumber(words, figureTitlePattern);
    imageIds.forEach((imageId, position) => {
      const last = position === imageIds.length - 1;
      const title = last ? (nextTitle ?? ownTitle ?? '') : '';
      target.push({ type: nodeNames.figure, attrs: { id: stableId(), imageId, alternativeText: title }, content: [plainTextNode(nodeNames.figureTitle, title), ...(last ? figureNotes : [])] });
    });
    return nextTitle !== null ? cursor - index : 0;
  }

  private table(table: WordTable, title: string): void {
    if (table.rows.length === 0) return;
    if (this.region === 'cover') {
      for (const row of table.rows) for (const cell of row.cells) for (const paragraph of cell.paragraphs) if (tidy(paragraph.text) !== '') this.coverLines.push(paragraph.text);
      return;
    }
    if (this.region !== 'body') {
      this.unrecognised('前言、引言和参考文献中不能放表，表中的文字已按段落导入。', 'A foreword, introduction or bibliography cannot hold a table; its text was imported as paragraphs.');
      for (const row of table.rows) for (const cell of row.cells) for (const paragraph of cell.paragraphs) this.body(paragraph, -1);
      return;
    }
    this.term = null;
    this.target().push(tableBlockJson(stableId(), title, table).node);
  }

  private finish(): BuiltStandard {
    if (this.region === 'contents') {
      const real = this.contentsEntries.pop();
      if (real) this.structural(classifyParagraph(real));
    }
    const cover = readCoverLines(this.coverLines);
    for (const line of cover.unread) this.notMapped.push({ kind: 'unrecognised', where: '封面', message: { zh: `封面上的“${line.slice(0, 60)}”不属于任何封面信息，未导入。`, en: `The cover line "${line.slice(0, 60)}" matches no cover field and was not imported.` } });
    if (this.chapters.length === 0) {
      this.unrecognised('文件中没有找到章标题，全部正文已放入一个无标题的章中；请用编辑器分出章条。', 'No chapter headings were found; all body text was put into one untitled chapter. Split it into clauses in the editor.');
      this.chapters.push({ type: nodeNames.clause, attrs: { id: stableId() }, content: [plainTextNode(nodeNames.clauseTitle, '')] });
    }
    const content: JSONContent[] = [{ type: nodeNames.cover, attrs: cover.fields }];
    for (const section of [this.foreword, this.introduction]) if (section) content.push(withParagraph(section));
    content.push(...this.chapters, ...this.annexes);
    if (this.bibliography) content.push(this.bibliography);
    return { document: { type: nodeNames.document, content }, notMapped: this.notMapped, coverFieldCount: Object.values(cover.fields).filter((value) => value !== '').length };
  }
}

/** 前言 and 引言 hold at least one paragraph. */
/** 前言 and 引言 open with a paragraph: the schema asks for one before any list or note. */
function withParagraph(section: JSONContent): JSONContent {
  const content = section.content ?? [];
  return content[0]?.type === nodeNames.paragraph ? section : { ...section, content: [paragraphJson([]), ...content] };
}

export function buildStandardJson(blocks: readonly WordBlock[], notes: readonly PendingNote[]): BuiltStandard {
  const builder = new StandardBuilder(blocks);
  const built = builder.build();
  return { ...built, notMapped: [...notes.map((note) => ({ ...note, where: '正文' })), ...built.notMapped] };
}
