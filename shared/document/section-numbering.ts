import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../editor/node-names';
import { numberedRun, type NumberedRun } from './numbered-element-lookups';
import type { NumberedElement } from './numbered-elements';

/** Where the numbering of a child of the document starts: its own number and the running counts before it. */
export interface SectionNumberingStart {
  /** "5" for chapter 5, "A" for annex A; null for 前言, 引言 and 参考文献. */
  number: string | null;
  /** Tables, figures and formulas numbered before the section; 0 in an annex, where they restart. */
  tables: number;
  figures: number;
  formulas: number;
  /** Text footnotes numbered before the section. */
  footnotes: number;
}

/** The numbers inside one child of the document, with positions counted from the child's own. */
export interface NumberedSection {
  elements: readonly NumberedElement[];
  /** Lookups by position (counted from the section's) and by id, reused wherever the section is placed. */
  indexByOffset: NumberedRun['indexByOffset'];
  indexById: NumberedRun['indexById'];
  /** How many tables, figures, formulas and footnotes the section numbered. */
  tables: number;
  figures: number;
  formulas: number;
  footnotes: number;
}

interface NumberingScope {
  prefix: string;
  /** The annex letter when inside an annex; tables, figures and formulas restart there. */
  annexLetter: string | null;
  level: number;
}

interface InformativeCounters {
  note: number;
  example: number;
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

/** Counts the notes and examples of a unit first, so each can be labelled "注：" or "注N：" while visited in document order. */
function countInformative(unit: ProseMirrorNode): InformativeCounters {
  const counters: InformativeCounters = { note: 0, example: 0 };
  unit.forEach((child) => {
    if (child.type.name === nodeNames.note) counters.note += 1;
    else if (child.type.name === nodeNames.example) counters.example += 1;
  });
  return counters;
}

/**
 * Numbers one child of the document (前言, 引言, a chapter, an annex or 参考文献) from where the numbering stands
 * before it. The section itself sits at position 0; the caller adds the section's position in the document.
 */
export function numberSection(section: ProseMirrorNode, start: SectionNumberingStart): NumberedSection {
  const elements: NumberedElement[] = [];
  const counts = { tables: 0, figures: 0, formulas: 0, footnotes: 0 };

  function push(node: ProseMirrorNode, position: number, element: Omit<NumberedElement, 'id' | 'position'>): void {
    elements.push({ id: stableId(node), position, ...element });
  }

  function captionNumber(kind: CaptionKind, scope: NumberingScope): string {
    counts[kind] += 1;
    const number = start[kind] + counts[kind];
    return scope.annexLetter ? `${scope.annexLetter}.${number}` : String(number);
  }

  function visitInline(parent: ProseMirrorNode, parentPosition: number): void {
    if (holdsOnlyText(parent)) return;
    parent.descendants((child, offset) => {
      if (child.type.name === nodeNames.footnote) {
        counts.footnotes += 1;
        const number = start.footnotes + counts.footnotes;
        push(child, parentPosition + 1 + offset, { kind: 'footnote', number: String(number), label: `${number})`, level: 0, title: String(child.attrs.text ?? '') });
      }
      return true;
    });
  }

  function visitTable(table: ProseMirrorNode, position: number, scope: NumberingScope): void {
    const number = captionNumber('tables', scope);
    push(table, position, { kind: 'table', number, label: `表${number}`, level: scope.level + 1, title: childTitle(table, nodeNames.tableTitle) });
    let letterIndex = 0;
    table.forEach((child, offset) => {
      const childPosition = position + 1 + offset;
      if (child.type.name === nodeNames.tableFootnote) {
        const letter = String.fromCharCode(97 + letterIndex);
        letterIndex += 1;
        push(child, childPosition, { kind: 'tableFootnote', number: letter, label: letter, level: scope.level + 2, title: child.textContent });
      }
      visitInline(child, childPosition);
    });
  }

  function visitInformative(node: ProseMirrorNode, position: number, kind: 'note' | 'example', index: number, total: number, scope: NumberingScope): void {
    const word = kind === 'note' ? '注' : '示例';
    const number = total > 1 ? String(index) : null;
    push(node, position, { kind, number, label: `${word}${number ?? ''}：`, level: scope.level + 1, title: node.textContent });
    visitInline(node, position);
  }

  /** Visits the body and sub-clauses of a chapter, clause, annex or term entry whose own number is `scope.prefix`. */
  function visitUnit(unit: ProseMirrorNode, unitPosition: number, scope: NumberingScope): void {
    const totals = countInformative(unit);
    const seen: InformativeCounters = { note: 0, example: 0 };
    let subdivision = 0;
    unit.forEach((child, offset) => {
      const position = unitPosition + 1 + offset;
      const name = child.type.name;
      if (name === nodeNames.clause || name === nodeNames.termEntry) {
        subdivision += 1;
        const number = scope.prefix ? `${scope.prefix}.${subdivision}` : String(subdivision);
        const childScope = { ...scope, prefix: number, level: scope.level + 1 };
        if (name === nodeNames.clause) {
          push(child, position, { kind: 'clause', number, label: number, level: childScope.level, title: childTitle(child, nodeNames.clauseTitle) });
        } else {
          push(child, position, { kind: 'term', number, label: number, level: childScope.level, title: child.firstChild?.textContent ?? '' });
        }
        visitUnit(child, position, childScope);
      } else if (name === nodeNames.note || name === nodeNames.example) {
        const kind = name === nodeNames.note ? 'note' : 'example';
        seen[kind] += 1;
        visitInformative(child, position, kind, seen[kind], totals[kind], scope);
      } else if (name === nodeNames.tableBlock) visitTable(child, position, scope);
      else if (name === nodeNames.figure) {
        const number = captionNumber('figures', scope);
        push(child, position, { kind: 'figure', number, label: `图${number}`, level: scope.level + 1, title: childTitle(child, nodeNames.figureTitle) });
      } else if (name === nodeNames.formula) {
        if (child.attrs.numbered !== false) {
          const number = captionNumber('formulas', scope);
          push(child, position, { kind: 'formula', number, label: `(${number})`, level: scope.level + 1, title: child.textContent });
        }
      } else if (name === nodeNames.referenceEntry) {
        push(child, position, { kind: 'reference', number: null, label: String(child.attrs.documentNumber ?? ''), level: scope.level + 1, title: child.textContent });
      } else visitInline(child, position);
    });
  }

  const name = section.type.name;
  const number = start.number ?? '';
  if (name === nodeNames.foreword || name === nodeNames.introduction) {
    const isForeword = name === nodeNames.foreword;
    push(section, 0, { kind: isForeword ? 'foreword' : 'introduction', number: null, label: isForeword ? '前言' : '引言', level: 1, title: isForeword ? '前言' : '引言' });
    visitInline(section, 0);
  } else if (name === nodeNames.clause) {
    push(section, 0, { kind: 'clause', number, label: number, level: 1, title: childTitle(section, nodeNames.clauseTitle) });
    visitUnit(section, 0, { prefix: number, annexLetter: null, level: 1 });
  } else if (name === nodeNames.annex) {
    push(section, 0, { kind: 'annex', number, label: `附录${number}`, level: 1, title: childTitle(section, nodeNames.annexTitle) });
    visitUnit(section, 0, { prefix: number, annexLetter: number, level: 1 });
  } else if (name === nodeNames.bibliography) {
    push(section, 0, { kind: 'bibliography', number: null, label: '参考文献', level: 1, title: '参考文献' });
    visitUnit(section, 0, { prefix: '', annexLetter: null, level: 1 });
  }
  elements.sort((left, right) => left.position - right.position);
  const { indexByOffset, indexById } = numberedRun(elements, 0);
  return { elements, indexByOffset, indexById, ...counts };
}
