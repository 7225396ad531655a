import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../editor/node-names';
import type { DocumentNumbering, NumberedElement } from './numbered-elements';
import { ElementsById, ElementsByPosition, numberedRun, type NumberedRun } from './numbered-element-lookups';
import { elementMovedBy, numberSection, type NumberedSection, type SectionNumberingStart } from './section-numbering';

export type { DocumentNumbering, NumberedElement, NumberedKind } from './numbered-elements';

const annexLetters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function annexLetter(index: number): string {
  const letter = annexLetters[index % annexLetters.length] ?? 'Z';
  return index < annexLetters.length ? letter : `${letter}${Math.floor(index / annexLetters.length)}`;
}

/** A section's numbers as last computed, reused while the section node and where its numbering starts stay the same. */
interface RememberedSection {
  start: SectionNumberingStart;
  numbered: NumberedSection;
  /** The elements as last placed in a document, with their lookups; reused while the section has not moved. */
  placed: NumberedRun;
}

/**
 * Keyed by the section node: an edit replaces only the nodes on its path, so after a keystroke every section but
 * the edited one is the same object and keeps its numbers; those after it only move.
 */
const rememberedSections = new WeakMap<ProseMirrorNode, RememberedSection>();

function sameStart(left: SectionNumberingStart, right: SectionNumberingStart): boolean {
  return left.number === right.number && left.tables === right.tables && left.figures === right.figures && left.formulas === right.formulas && left.footnotes === right.footnotes;
}

function placedRun(numbered: NumberedSection, position: number): NumberedRun {
  const elements = numbered.elements.map((element) => elementMovedBy(element, position));
  return { start: position, elements, indexByOffset: numbered.indexByOffset, indexById: numbered.indexById };
}

function placedElements(section: ProseMirrorNode, position: number, start: SectionNumberingStart): RememberedSection {
  let remembered = rememberedSections.get(section);
  if (!remembered || !sameStart(remembered.start, start)) {
    const numbered = numberSection(section, start);
    remembered = { start, numbered, placed: placedRun(numbered, position) };
    rememberedSections.set(section, remembered);
  } else if (remembered.placed.start !== position) remembered.placed = placedRun(remembered.numbered, position);
  return remembered;
}

/**
 * Derives every number of a GB/T 1.1 document from document order: chapters and clauses, annex letters,
 * tables, figures and formulas (with the annex prefix), term entries, notes and examples within their unit,
 * text footnotes through the document and table footnotes within their table. Nothing here is ever stored
 * with the document; each section's numbers are remembered with its node and only recomputed when it or
 * the counts before it change.
 */
export function numberDocument(document: ProseMirrorNode): DocumentNumbering {
  const runs: NumberedRun[] = [];
  const body = { tables: 0, figures: 0, formulas: 0 };
  let footnotes = 0;
  let chapters = 0;
  let annexes = 0;
  document.forEach((child, position) => {
    const name = child.type.name;
    let start: SectionNumberingStart;
    if (name === nodeNames.clause) {
      chapters += 1;
      start = { number: String(chapters), ...body, footnotes };
    } else if (name === nodeNames.annex) {
      start = { number: annexLetter(annexes), tables: 0, figures: 0, formulas: 0, footnotes };
      annexes += 1;
    } else if (name === nodeNames.bibliography) start = { number: null, ...body, footnotes };
    else if (name === nodeNames.foreword || name === nodeNames.introduction) start = { number: null, tables: 0, figures: 0, formulas: 0, footnotes };
    else return;
    const { numbered, placed } = placedElements(child, position, start);
    runs.push(placed);
    footnotes += numbered.footnotes;
    if (name !== nodeNames.annex) {
      body.tables += numbered.tables;
      body.figures += numbered.figures;
      body.formulas += numbered.formulas;
    }
  });
  const elements = new Array<NumberedElement>().concat(...runs.map((run) => run.elements));
  return { elements, byId: new ElementsById(runs), byPosition: new ElementsByPosition(runs) };
}

/** Wraps elements already in document order with their lookups by id (the first wins) and by position. */
export function indexNumberedElements(elements: NumberedElement[]): DocumentNumbering {
  const run = [numberedRun(elements, 0)];
  return { elements, byId: new ElementsById(run), byPosition: new ElementsByPosition(run) };
}
