import type { DocumentNumbering, NumberedElement } from '../../shared/document/numbering';

/** Elements a template row may name: what has a stable id and a number (前言, 引言 and 参考文献 have no id to anchor to). */
const commentableKinds = new Set<NumberedElement['kind']>(['clause', 'term', 'annex']);

/**
 * "５．２", "第5.2条", "5.2条", "Clause 5.2", "附录A", "Annex A" and "5.2." all become "5.2" or "A": full-width forms,
 * spaces, the words around a number and a final full stop are what people add by habit.
 */
export function normaliseClauseReference(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/^(第|SUBCLAUSE|CLAUSE|SECTION|ANNEX|附录)/, '')
    .replace(/[.。]+$/, '')
    .replace(/(条|章|节|款)$/, '');
}

/** A number followed by the clause title, as in "5.2 试验步骤". */
const numberBeforeTitle = /^(\d+(?:\.\d+)*)\p{Script=Han}/u;

export type ClauseFinder = (reference: string) => NumberedElement | undefined;

/** Finds the clause, term entry or annex a template row names, by the numbers of the frozen version under comment. */
export function clauseFinderOf(numbering: DocumentNumbering): ClauseFinder {
  const byReference = new Map<string, NumberedElement>();
  const add = (reference: string, element: NumberedElement) => {
    const key = normaliseClauseReference(reference);
    if (!byReference.has(key)) byReference.set(key, element);
  };
  for (const element of numbering.elements) {
    if (!element.id || !commentableKinds.has(element.kind)) continue;
    if (element.number !== null) add(element.number, element);
  }
  return (reference) => {
    const key = normaliseClauseReference(reference);
    const withoutTitle = numberBeforeTitle.exec(key)?.[1];
    return byReference.get(key) ?? (withoutTitle === undefined ? undefined : byReference.get(withoutTitle));
  };
}
