import type { DocumentNumbering } from './numbering';

/** The text a cross-reference shows for its target ("5.2", "附录A", "表A.1", "图1", "式(3)", "3.1"), or null when the target is gone. */
export function crossReferenceText(numbering: DocumentNumbering, targetId: string): string | null {
  const target = numbering.byId.get(targetId);
  if (!target) return null;
  switch (target.kind) {
    case 'formula':
      return `式${target.label}`;
    case 'clause':
    case 'term':
    case 'annex':
    case 'table':
    case 'figure':
    case 'reference':
      return target.label;
    default:
      return null;
  }
}

/** Kinds of element a drafter can point a cross-reference at. */
export const crossReferenceTargetKinds = ['clause', 'annex', 'table', 'figure', 'formula', 'term', 'reference'] as const;
