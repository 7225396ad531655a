import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../editor/node-names';
import { numberedRun, type NumberedRun } from './numbered-element-lookups';
import type { NumberedElement } from './numbered-elements';

/** Tables, figures, formulas and text footnotes numbered so far, or numbered within a part of the document. */
export interface NumberingCounts {
  tables: number;
  figures: number;
  formulas: number;
  footnotes: number;
}

/** Where the numbering of a child of the document starts: its own number and the running counts before it. */
export interface SectionNumberingStart extends NumberingCounts {
  /** "5" for chapter 5, "A" for annex A; null for 前言, 引言 and 参考文献. Tables, figures and formulas restart at 0 in an annex. */
  number: string | null;
}

/** The numbers inside one child of the document, with positions counted from the child's own and what it numbered. */
export interface NumberedSection extends NumberingCounts {
  elements: readonly NumberedElement[];
  /** Lookups by position (counted from the section's) and by id, reused wherever the section is placed. */
  indexByOffset: NumberedRun['indexByOffset'];
  indexById: NumberedRun['indexById'];
}

interface NumberingScope {
  prefix: string;
  /** The annex letter when inside an annex; tables, figures and formulas restart there. */
  annexLetter: string | null;
  level: number;
}

/** Where the numbering of a clause or term entry starts: its own number, its depth and the counts before it. */
interface UnitStart extends NumberingScope, NumberingCounts {}

/** The numbers of a clause or term entry and everything in it, with positions counted from the unit's own. */
interface NumberedUnit extends NumberingCounts {
  elements: readonly NumberedElement[];
}

type CaptionKind = 'tables' | 'figures' | 'formulas';

function stableId(node: ProseMirrorNode): string | null {
  const id: unknown = node.attrs.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/** A textblock of plain text holds no footnote; most blocks are like that, and skipping them keeps numbering fast. */
function holdsOnlyText(node: ProseMirrorNode): boolean {
  return node.isTextblock && node.childCount <= 1 && node.firstChild?.isText !== false;
}

function childTitle(node: ProseMirrorNode, titleType: string): string {
  const first = node.firstChild;
  return first?.type.name === titleType ? first.textContent : '';
}

/** Spelled out rather than spread: this runs for every element after an edit, often before the code is optimised. */
export function elementMovedBy(element: NumberedElement, offset: number): NumberedElement {
  return { id: element.id, position: element.position + offset, kind: element.kind, number: element.number, label: element.label, level: element.level, title: element.title };
}

/** Collects the numbers of one part of the document (a section or a unit in it) in document order. */
class Numberer {
  readonly elements: NumberedElement[] = [];
  readonly counts: NumberingCounts = { tables: 0, figures: 0, formulas: 0, footnotes: 0 };

  constructor(private readonly before: NumberingCounts) {}

  push(node: ProseMirrorNode, position: number, element: Omit<NumberedElement, 'id' | 'position'>): void {
    this.elements.push({ id: stableId(node), position, ...element });
  }

  captionNumber(kind: CaptionKind, scope: NumberingScope): string {
    this.counts[kind] += 1;
    const number = this.before[kind] + this.counts[kind];
    return scope.annexLetter ? `${scope.annexLetter}.${number}` : String(number);
  }

  visitInline(parent: ProseMirrorNode, parentPosition: number): void {
    if (holdsOnlyText(parent)) return;
    parent.descendants((child, offset) => {
      if (child.type.name === nodeNames.footnote) {
        this.counts.footnotes += 1;
        const number = this.before.footnotes + this.counts.footnotes;
        this.push(child, parentPosition + 1 + offset, { kind: 'footnote', number: String(number), label: `${number})`, level: 0, title: String(child.attrs.text ?? '') });
      }
      return true;
    });
  }

  visitTable(table: ProseMirrorNode, position: number, scope: NumberingScope): void {
    const number = this.captionNumber('tables', scope);
    this.push(table, position, { kind: 'table', number, label: `表${number}`, level: scope.level + 1, title: childTitle(table, nodeNames.tableTitle) });
    let letterIndex = 0;
    table.forEach((child, offset) => {
      const childPosition = position + 1 + offset;
      if (child.type.name === nodeNames.tableFootnote) {
        const letter = String.fromCharCode(97 + letterIndex);
        letterIndex += 1;
        this.push(child, childPosition, { kind: 'tableFootnote', number: letter, label: letter, level: scope.level + 2, title: child.textContent });
      }
      this.visitInline(child, childPosition);
    });
  }

  /** 图注 are numbered within their figure: "注：", or "注1：", "注2：" when there are several. */
  visitFigureNotes(figure: ProseMirrorNode, position: number, scope: NumberingScope): void {
    const total = countInformative(figure).note;
    let seen = 0;
    figure.forEach((child, offset) => {
      if (child.type.name !== nodeNames.note) return;
      seen += 1;
      this.visitInformative(child, position + 1 + offset, 'note', seen, total, { ...scope, level: scope.level + 1 });
    });
  }

  visitInformative(node: ProseMirrorNode, position: number, kind: 'note' | 'example', index: number, total: number, scope: NumberingScope): void {
    const word = kind === 'note' ? '注' : '示例';
    const number = total > 1 ? String(index) : null;
    this.push(node, position, { kind, number, label: `${word}${number ?? ''}：`, level: scope.level + 1, title: node.textContent });
    this.visitInline(node, position);
  }

  /** Adds the numbers of a nested clause or term entry, worked out on their own and kept with the node. */
  visitSubunit(node: ProseMirrorNode, position: number, start: UnitStart): void {
    const numbered = numberUnit(node, start);
    for (const element of numbered.elements) this.elements.push(elementMovedBy(element, position));
    this.counts.tables += numbered.tables;
    this.counts.figures += numbered.figures;
    this.counts.formulas += numbered.formulas;
    this.counts.footnotes += numbered.footnotes;
  }

  /** Visits the body and sub-clauses of a chapter, clause, annex or term entry whose own number is `scope.prefix`. */
  visitBody(unit: ProseMirrorNode, unitPosition: number, scope: NumberingScope): void {
    const totals = countInformative(unit);
    const seen = { note: 0, example: 0 };
    let subdivision = 0;
    unit.forEach((child, offset) => {
      const position = unitPosition + 1 + offset;
      const name = child.type.name;
      if (name === nodeNames.clause || name === nodeNames.termEntry) {
        subdivision += 1;
        const prefix = scope.prefix ? `${scope.prefix}.${subdivision}` : String(subdivision);
        this.visitSubunit(child, position, {
          prefix,
          annexLetter: scope.annexLetter,
          level: scope.level + 1,
          tables: this.before.tables + this.counts.tables,
          figures: this.before.figures + this.counts.figures,
          formulas: this.before.formulas + this.counts.formulas,
          footnotes: this.before.footnotes + this.counts.footnotes,
        });
      } else if (name === nodeNames.note || name === nodeNames.example) {
        const kind = name === nodeNames.note ? 'note' : 'example';
        seen[kind] += 1;
        this.visitInformative(child, position, kind, seen[kind], totals[kind], scope);
      } else if (name === nodeNames.tableBlock) this.visitTable(child, position, scope);
      else if (name === nodeNames.figure) {
        const number = this.captionNumber('figures', scope);
        this.push(child, position, { kind: 'figure', number, label: `图${number}`, level: scope.level + 1, title: childTitle(child, nodeNames.figureTitle) });
        this.visitFigureNotes(child, position, scope);
      } else if (name === nodeNames.formula) {
        if (child.attrs.numbered !== false) {
          const number = this.captionNumber('formulas', scope);
          this.push(child, position, { kind: 'formula', number, label: `(${number})`, level: scope.level + 1, title: child.textContent });
        }
      } else if (name === nodeNames.referenceEntry) {
        this.push(child, position, { kind: 'reference', number: null, label: String(child.attrs.documentNumber ?? ''), level: scope.level + 1, title: child.textContent });
      } else this.visitInline(child, position);
    });
  }
}

/** Counts the notes and examples of a unit first, so each can be labelled "注：" or "注N：" while visited in document order. */
function countInformative(unit: ProseMirrorNode): { note: number; example: number } {
  const counters = { note: 0, example: 0 };
  unit.forEach((child) => {
    if (child.type.name === nodeNames.note) counters.note += 1;
    else if (child.type.name === nodeNames.example) counters.example += 1;
  });
  return counters;
}

function sameUnitStart(left: UnitStart, right: UnitStart): boolean {
  return (
    left.prefix === right.prefix &&
    left.annexLetter === right.annexLetter &&
    left.level === right.level &&
    left.tables === right.tables &&
    left.figures === right.figures &&
    left.formulas === right.formulas &&
    left.footnotes === right.footnotes
  );
}

/**
 * Keyed by the clause or term entry node: an edit replaces only the units on its path, so a keystroke in 5.2.3
 * numbers 5, 5.2 and 5.2.3 again and takes every other clause's numbers from here.
 */
const numberedUnits = new WeakMap<ProseMirrorNode, { start: UnitStart; numbered: NumberedUnit }>();

function numberUnit(unit: ProseMirrorNode, start: UnitStart): NumberedUnit {
  const known = numberedUnits.get(unit);
  if (known && sameUnitStart(known.start, start)) return known.numbered;
  const numberer = new Numberer(start);
  const scope = { prefix: start.prefix, annexLetter: start.annexLetter, level: start.level };
  if (unit.type.name === nodeNames.clause) {
    numberer.push(unit, 0, { kind: 'clause', number: start.prefix, label: start.prefix, level: start.level, title: childTitle(unit, nodeNames.clauseTitle) });
  } else {
    numberer.push(unit, 0, { kind: 'term', number: start.prefix, label: start.prefix, level: start.level, title: unit.firstChild?.textContent ?? '' });
  }
  numberer.visitBody(unit, 0, scope);
  const numbered = { elements: numberer.elements, ...numberer.counts };
  numberedUnits.set(unit, { start, numbered });
  return numbered;
}

/**
 * Numbers one child of the document (前言, 引言, a chapter, an annex or 参考文献) from where the numbering stands
 * before it. The section itself sits at position 0; the caller adds the section's position in the document.
 */
export function numberSection(section: ProseMirrorNode, start: SectionNumberingStart): NumberedSection {
  const numberer = new Numberer(start);
  const name = section.type.name;
  const number = start.number ?? '';
  if (name === nodeNames.foreword || name === nodeNames.introduction) {
    const isForeword = name === nodeNames.foreword;
    numberer.push(section, 0, { kind: isForeword ? 'foreword' : 'introduction', number: null, label: isForeword ? '前言' : '引言', level: 1, title: isForeword ? '前言' : '引言' });
    numberer.visitBody(section, 0, { prefix: '', annexLetter: null, level: 1 });
  } else if (name === nodeNames.clause) {
    numberer.push(section, 0, { kind: 'clause', number, label: number, level: 1, title: childTitle(section, nodeNames.clauseTitle) });
    numberer.visitBody(section, 0, { prefix: number, annexLetter: null, level: 1 });
  } else if (name === nodeNames.annex) {
    numberer.push(section, 0, { kind: 'annex', number, label: `附录${number}`, level: 1, title: childTitle(section, nodeNames.annexTitle) });
    numberer.visitBody(section, 0, { prefix: number, annexLetter: number, level: 1 });
  } else if (name === nodeNames.bibliography) {
    numberer.push(section, 0, { kind: 'bibliography', number: null, label: '参考文献', level: 1, title: '参考文献' });
    numberer.visitBody(section, 0, { prefix: '', annexLetter: null, level: 1 });
  }
  const elements = numberer.elements;
  elements.sort((left, right) => left.position - right.position);
  const { indexByOffset, indexById } = numberedRun(elements, 0);
  return { elements, indexByOffset, indexById, ...numberer.counts };
}
