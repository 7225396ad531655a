import type { JSONContent } from '@tiptap/core';
import type { WordImportNote } from '../../../shared/api/word-import';
import { nodeNames } from '../../../shared/editor/node-names';
import {
  bibliographyEntryPattern,
  classifyParagraph,
  compact,
  examplePattern,
  notePattern,
  splitReference,
  tableTitlePattern,
  tidy,
  type ParagraphRole,
} from './classify-paragraph';
import { assembleStandardDocument } from './assemble-standard-document';
import { readCoverLines } from './cover-lines';
import { contentAfterLabel, inlineContentOf, paragraphJson, plainTextNode } from './inline-json';
import { appendFigures, appendFormula, appendFormulaExplanationLine, titleAfterNumber } from './figures-and-formulas';
import { OpenTermEntry } from './open-term-entry';
import { stableId } from './stable-id';
import { tableBlockJson } from './table-json';
import { appendListItem, listKindOf } from './word-lists';
import type { WordBlock, WordParagraph, WordTable } from './word-blocks';

type PendingNote = Pick<WordImportNote, 'kind' | 'message'>;

export interface BuiltStandard {
  document: JSONContent;
  notMapped: WordImportNote[];
  coverFieldCount: number;
}

type Region = 'cover' | 'contents' | 'foreword' | 'introduction' | 'body' | 'bibliography';


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
  private term: OpenTermEntry | null = null;
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
    const entry = new OpenTermEntry(heading);
    this.stack.at(-1)?.content?.push(entry.node);
    this.term = entry;
  }

  /** Paragraphs of the open term entry; false when the paragraph no longer belongs to it. */
  private termParagraph(paragraph: WordParagraph): boolean {
    const step = this.term?.take(paragraph) ?? 'not-mine';
    if (step !== 'taken') this.term = null;
    return step !== 'not-mine';
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
      appendListItem(target, item.kind, item.content);
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
    if (images.length > 0) return appendFigures(this.blocks, paragraph, images.map((image) => image.placeholderId), index, target);
    if (paragraph.formula !== null) {
      appendFormula(paragraph, target);
      return 0;
    }
    if (appendFormulaExplanationLine(paragraph, target)) return 0;
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
      appendListItem(target, item.kind, item.content);
      return 0;
    }
    target.push(paragraphJson(inlineContentOf(paragraph.pieces)));
    return 0;
  }

  private inReferencesChapter(): boolean {
    return compact(this.chapterTitle()) === '规范性引用文件' && this.stack.length === 1;
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
    const { foreword, introduction, chapters, annexes, bibliography } = this;
    const document = assembleStandardDocument({ coverFields: cover.fields, foreword, introduction, chapters, annexes, bibliography });
    return { document, notMapped: this.notMapped, coverFieldCount: Object.values(cover.fields).filter((value) => value !== '').length };
  }
}

export function buildStandardJson(blocks: readonly WordBlock[], notes: readonly PendingNote[]): BuiltStandard {
  const builder = new StandardBuilder(blocks);
  const built = builder.build();
  return { ...built, notMapped: [...notes.map((note) => ({ ...note, where: '正文' })), ...built.notMapped] };
}
