import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../editor/node-names';

export type NumberedKind =
  | 'foreword'
  | 'introduction'
  | 'clause'
  | 'annex'
  | 'bibliography'
  | 'table'
  | 'figure'
  | 'formula'
  | 'term'
  | 'reference'
  | 'note'
  | 'example'
  | 'footnote'
  | 'tableFootnote';

export interface NumberedElement {
  id: string | null;
  kind: NumberedKind;
  /** Position of the node in the document. */
  position: number;
  /** The bare number: "5.2", "A", "A.1", "3" for 表3, "2" for 注2; null where the element has none. */
  number: string | null;
  /** What is printed at the element: "5.2", "附录A", "表A.1", "图1", "(3)", "3.1", "注2：", "示例：", "1)", "a". */
  label: string;
  /** 1 for chapters, annexes and unnumbered sections; +1 per nesting level. */
  level: number;
  title: string;
}

export interface DocumentNumbering {
  elements: NumberedElement[];
  byId: ReadonlyMap<string, NumberedElement>;
  byPosition: ReadonlyMap<number, NumberedElement>;
}

interface NumberingScope {
  prefix: string;
  /** The annex letter when inside an annex; tables, figures and formulas restart there. */
  annexLetter: string | null;
  level: number;
}

interface CaptionCounters {
  table: number;
  figure: number;
  formula: number;
}

interface InformativeCounters {
  note: number;
  example: number;
}

const annexLetters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function annexLetter(index: number): string {
  const letter = annexLetters[index % annexLetters.length] ?? 'Z';
  return index < annexLetters.length ? letter : `${letter}${Math.floor(index / annexLetters.length)}`;
}

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

function captionNumber(counters: CaptionCounters, kind: keyof CaptionCounters, scope: NumberingScope): string {
  counters[kind] += 1;
  return scope.annexLetter ? `${scope.annexLetter}.${counters[kind]}` : String(counters[kind]);
}

/**
 * Derives every number of a GB/T 1.1 document from document order: chapters and clauses, annex letters,
 * tables, figures and formulas (with the annex prefix), term entries, notes and examples within their unit,
 * text footnotes through the document and table footnotes within their table. Nothing here is ever stored.
 */
export function numberDocument(document: ProseMirrorNode): DocumentNumbering {
  const elements: NumberedElement[] = [];
  const bodyCounters: CaptionCounters = { table: 0, figure: 0, formula: 0 };
  let footnoteCount = 0;
  let annexCount = 0;

  function push(node: ProseMirrorNode, position: number, element: Omit<NumberedElement, 'id' | 'position'>): void {
    elements.push({ id: stableId(node), position, ...element });
  }

  function visitInline(parent: ProseMirrorNode, parentPosition: number): void {
    if (holdsOnlyText(parent)) return;
    parent.descendants((child, offset) => {
      if (child.type.name === nodeNames.footnote) {
        footnoteCount += 1;
        push(child, parentPosition + 1 + offset, { kind: 'footnote', number: String(footnoteCount), label: `${footnoteCount})`, level: 0, title: String(child.attrs.text ?? '') });
      }
      return true;
    });
  }

  function visitTable(table: ProseMirrorNode, position: number, scope: NumberingScope, counters: CaptionCounters): void {
    const number = captionNumber(counters, 'table', scope);
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

  /** Counts the notes and examples of a unit first, so each can be labelled "注：" or "注N：" while visited in document order. */
  function countInformative(unit: ProseMirrorNode): InformativeCounters {
    const counters: InformativeCounters = { note: 0, example: 0 };
    unit.forEach((child) => {
      if (child.type.name === nodeNames.note) counters.note += 1;
      else if (child.type.name === nodeNames.example) counters.example += 1;
    });
    return counters;
  }

  function visitInformative(node: ProseMirrorNode, position: number, kind: 'note' | 'example', index: number, total: number, scope: NumberingScope): void {
    const word = kind === 'note' ? '注' : '示例';
    const number = total > 1 ? String(index) : null;
    push(node, position, { kind, number, label: `${word}${number ?? ''}：`, level: scope.level + 1, title: node.textContent });
    visitInline(node, position);
  }

  /** Visits the body and sub-clauses of a chapter, clause, annex or term entry whose own number is `scope.prefix`. */
  function visitUnit(unit: ProseMirrorNode, unitPosition: number, scope: NumberingScope, counters: CaptionCounters): void {
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
        visitUnit(child, position, childScope, counters);
      } else if (name === nodeNames.note || name === nodeNames.example) {
        const kind = name === nodeNames.note ? 'note' : 'example';
        seen[kind] += 1;
        visitInformative(child, position, kind, seen[kind], totals[kind], scope);
      } else if (name === nodeNames.tableBlock) visitTable(child, position, scope, counters);
      else if (name === nodeNames.figure) {
        const number = captionNumber(counters, 'figure', scope);
        push(child, position, { kind: 'figure', number, label: `图${number}`, level: scope.level + 1, title: childTitle(child, nodeNames.figureTitle) });
      } else if (name === nodeNames.formula) {
        if (child.attrs.numbered !== false) {
          const number = captionNumber(counters, 'formula', scope);
          push(child, position, { kind: 'formula', number, label: `(${number})`, level: scope.level + 1, title: child.textContent });
        }
      } else if (name === nodeNames.referenceEntry) {
        push(child, position, { kind: 'reference', number: null, label: String(child.attrs.documentNumber ?? ''), level: scope.level + 1, title: child.textContent });
      } else visitInline(child, position);
    });
  }

  let chapterCount = 0;
  document.forEach((child, position) => {
    const name = child.type.name;
    if (name === nodeNames.foreword || name === nodeNames.introduction) {
      push(child, position, { kind: name === nodeNames.foreword ? 'foreword' : 'introduction', number: null, label: name === nodeNames.foreword ? '前言' : '引言', level: 1, title: name === nodeNames.foreword ? '前言' : '引言' });
      visitInline(child, position);
    } else if (name === nodeNames.clause) {
      chapterCount += 1;
      const number = String(chapterCount);
      push(child, position, { kind: 'clause', number, label: number, level: 1, title: childTitle(child, nodeNames.clauseTitle) });
      visitUnit(child, position, { prefix: number, annexLetter: null, level: 1 }, bodyCounters);
    } else if (name === nodeNames.annex) {
      const letter = annexLetter(annexCount);
      annexCount += 1;
      push(child, position, { kind: 'annex', number: letter, label: `附录${letter}`, level: 1, title: childTitle(child, nodeNames.annexTitle) });
      visitUnit(child, position, { prefix: letter, annexLetter: letter, level: 1 }, { table: 0, figure: 0, formula: 0 });
    } else if (name === nodeNames.bibliography) {
      push(child, position, { kind: 'bibliography', number: null, label: '参考文献', level: 1, title: '参考文献' });
      visitUnit(child, position, { prefix: '', annexLetter: null, level: 1 }, bodyCounters);
    }
  });

  elements.sort((left, right) => left.position - right.position);
  return indexNumberedElements(elements);
}

/** Wraps elements already in document order with their lookups by id (the first wins) and by position. */
export function indexNumberedElements(elements: NumberedElement[]): DocumentNumbering {
  const byId = new Map<string, NumberedElement>();
  const byPosition = new Map<number, NumberedElement>();
  for (const element of elements) {
    if (element.id && !byId.has(element.id)) byId.set(element.id, element);
    byPosition.set(element.position, element);
  }
  return { elements, byId, byPosition };
}
