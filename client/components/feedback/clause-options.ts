import type { PublicEditionOutlineResponse } from '../../../shared/api/feedback';

export interface ClauseOption {
  id: string;
  label: string;
}

/** The clauses, annexes and numbered elements of an edition in document order, each element under its clause. */
export function clauseOptionsOf(outline: PublicEditionOutlineResponse): ClauseOption[] {
  const elementsWithin = new Map<string, ClauseOption[]>();
  for (const element of outline.elements) {
    if (element.withinId === null) continue;
    const label = [element.reference, element.title].filter((part) => part.trim() !== '').join(' ');
    elementsWithin.set(element.withinId, [...(elementsWithin.get(element.withinId) ?? []), { id: element.id, label: `\u00a0\u00a0${label}` }]);
  }
  return outline.outline.flatMap((item) => {
    if (item.id === null) return [];
    const indent = '\u00a0\u00a0'.repeat(Math.max(0, item.level - 1));
    const label = `${indent}${[item.number ?? '', item.title].filter((part) => part.trim() !== '').join(' ')}`;
    return [{ id: item.id, label }, ...(elementsWithin.get(item.id) ?? [])];
  });
}
