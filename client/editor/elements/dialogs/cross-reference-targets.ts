import { crossReferenceTargetKinds, crossReferenceText } from '../../../../shared/document/cross-reference';
import type { DocumentNumbering, NumberedKind } from '../../../../shared/document/numbering';

export type TargetKind = (typeof crossReferenceTargetKinds)[number];

export interface CrossReferenceTarget {
  id: string;
  kind: TargetKind;
  /** What the cross-reference will print: "5.2", "附录A", "表A.1", "式(3)". */
  text: string;
  title: string;
}

function isTargetKind(kind: NumberedKind): kind is TargetKind {
  return crossReferenceTargetKinds.some((targetKind) => targetKind === kind);
}

/** Everything a cross-reference can point at, in document order, with the text it would print now. */
export function crossReferenceTargets(numbering: DocumentNumbering): CrossReferenceTarget[] {
  const targets: CrossReferenceTarget[] = [];
  for (const element of numbering.elements) {
    if (!element.id || !isTargetKind(element.kind)) continue;
    const text = crossReferenceText(numbering, element.id);
    if (!text) continue;
    targets.push({ id: element.id, kind: element.kind, text, title: element.title });
  }
  return targets;
}

/** Targets whose text or title contains every word of the query, ignoring case and spaces around words. */
export function filterTargets(targets: CrossReferenceTarget[], query: string, kind: TargetKind | 'all'): CrossReferenceTarget[] {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
  return targets.filter((target) => {
    if (kind !== 'all' && target.kind !== kind) return false;
    const haystack = `${target.text} ${target.title}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
