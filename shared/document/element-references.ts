import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../editor/node-names';
import type { DocumentNumbering, NumberedElement, NumberedKind } from './numbered-elements';
import { numberDocument } from './numbering';

/** Every numbered element a comment can name: clauses, annexes, term entries, tables, figures, formulas, notes and examples. */
export const commentableKinds: ReadonlySet<NumberedKind> = new Set<NumberedKind>(['clause', 'annex', 'term', 'table', 'figure', 'formula', 'note', 'example']);

/** The node types of those elements, for walking a ProseMirror document. */
export const commentableNodeTypes: ReadonlySet<string> = new Set([
  nodeNames.clause,
  nodeNames.annex,
  nodeNames.termEntry,
  nodeNames.tableBlock,
  nodeNames.figure,
  nodeNames.formula,
  nodeNames.note,
  nodeNames.example,
]);

const unitKinds: ReadonlySet<NumberedKind> = new Set<NumberedKind>(['clause', 'annex', 'term']);

/** The clause, annex or term entry a note or an example belongs to. */
function enclosingUnit(document: ProseMirrorNode, numbering: DocumentNumbering, element: NumberedElement): NumberedElement | undefined {
  if (element.position < 0 || element.position > document.content.size) return undefined;
  const resolved = document.resolve(element.position);
  for (let depth = resolved.depth; depth > 0; depth -= 1) {
    const id: unknown = resolved.node(depth).attrs.id;
    const unit = typeof id === 'string' ? numbering.byId.get(id) : undefined;
    if (unit && unitKinds.has(unit.kind)) return unit;
  }
  return undefined;
}

function unitReference(unit: NumberedElement | undefined): string {
  if (!unit) return '';
  return unit.kind === 'annex' ? unit.label : (unit.number ?? '');
}

/**
 * How people name an element in a comment table: "5.2", "3.1", "附录B", "表2", "图A.1", "式(1)", "5.2 注2",
 * "A.3 示例". Null for what a comment cannot name.
 */
export function referenceOfElement(document: ProseMirrorNode, numbering: DocumentNumbering, element: NumberedElement): string | null {
  switch (element.kind) {
    case 'clause':
    case 'term':
      return element.number;
    case 'annex':
    case 'table':
    case 'figure':
      return element.label;
    case 'formula':
      return element.number === null ? null : `式(${element.number})`;
    case 'note':
    case 'example': {
      const word = element.kind === 'note' ? '注' : '示例';
      const own = `${word}${element.number ?? ''}`;
      const unit = unitReference(enclosingUnit(document, numbering, element));
      return unit === '' ? own : `${unit} ${own}`;
    }
    default:
      return null;
  }
}

/** Full-width forms, spaces, "第…条" and a final full stop are what people add by habit; "Table 2" is 表2. */
export function normaliseElementReference(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/^(TABLE)/, '表')
    .replace(/^(FIGURE|FIG\.?)/, '图')
    .replace(/^(FORMULA|EQUATION|EQ\.?|公式)/, '式')
    .replace(/^(ANNEX|APPENDIX)/, '附录')
    .replace(/NOTE/g, '注')
    .replace(/EXAMPLE/g, '示例')
    .replace(/^(第|SUBCLAUSE|CLAUSE|SECTION)/, '')
    .replace(/[.。]+$/, '')
    .replace(/(条|章|节|款)$/, '')
    .replace(/(条|章|节|款)(注|示例)/, '$2')
    .replace(/^式(\d+|[A-Z]\.\d+)$/, '式($1)');
}

/** A number followed by the clause title, as in "5.2 试验步骤". */
const numberBeforeTitle = /^(\d+(?:\.\d+)*)(?!注|示例|表|图|式)\p{Script=Han}/u;

export type ElementFinder = (reference: string) => NumberedElement | undefined;

/** Finds the element a reference names, by the numbers of this document: the inverse of referenceOfElement. */
export function elementFinderOf(document: ProseMirrorNode, numbering: DocumentNumbering): ElementFinder {
  const byReference = new Map<string, NumberedElement>();
  const add = (reference: string, element: NumberedElement) => {
    const key = normaliseElementReference(reference);
    if (!byReference.has(key)) byReference.set(key, element);
  };
  for (const element of numbering.elements) {
    if (!element.id || !commentableKinds.has(element.kind)) continue;
    const reference = referenceOfElement(document, numbering, element);
    if (reference === null || reference === '') continue;
    add(reference, element);
    if (element.kind === 'annex' && element.number !== null) add(element.number, element);
    // "注" alone names the only note of its unit, printed "注：" without a number.
    if ((element.kind === 'note' || element.kind === 'example') && element.number === null) add(reference.replace(/(注|示例)$/, '$11'), element);
  }
  return (reference) => {
    const key = normaliseElementReference(reference);
    const withoutTitle = numberBeforeTitle.exec(key)?.[1];
    return byReference.get(key) ?? (withoutTitle === undefined ? undefined : byReference.get(withoutTitle));
  };
}

/** A numbered element inside a clause that a comment or a change can name, besides the clauses of the outline. */
export interface CommentableElement {
  id: string;
  kind: NumberedKind;
  /** "3.1", "表2", "5.2 注2". */
  reference: string;
  title: string;
  /** The clause or annex it sits in (for a note in a term entry, the term entry's clause). */
  withinId: string | null;
}

const outlineKinds: ReadonlySet<NumberedKind> = new Set<NumberedKind>(['clause', 'annex']);

/** The term entries, tables, figures, formulas, notes and examples of a document, in document order. */
export function commentableElementsOf(document: ProseMirrorNode, numbering: DocumentNumbering): CommentableElement[] {
  const elements: CommentableElement[] = [];
  for (const element of numbering.elements) {
    if (!element.id || !commentableKinds.has(element.kind) || outlineKinds.has(element.kind)) continue;
    const reference = referenceOfElement(document, numbering, element);
    if (reference === null || reference === '') continue;
    elements.push({ id: element.id, kind: element.kind, reference, title: element.title, withinId: enclosingOutlineId(document, numbering, element) });
  }
  return elements;
}

function enclosingOutlineId(document: ProseMirrorNode, numbering: DocumentNumbering, element: NumberedElement): string | null {
  const resolved = document.resolve(element.position);
  for (let depth = resolved.depth; depth > 0; depth -= 1) {
    const id: unknown = resolved.node(depth).attrs.id;
    const container = typeof id === 'string' ? numbering.byId.get(id) : undefined;
    if (container && outlineKinds.has(container.kind)) return container.id;
  }
  return null;
}

/** Names an element by its stable id as referenceOfElement does; null when the document has no such element. */
export type ReferenceNamer = (elementId: string) => string | null;

export function referenceNamerOf(document: ProseMirrorNode, numbering: DocumentNumbering = numberDocument(document)): ReferenceNamer {
  return (elementId) => {
    const element = numbering.byId.get(elementId);
    return element ? (referenceOfElement(document, numbering, element) ?? element.number) : null;
  };
}
