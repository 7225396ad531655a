import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { numberDocument } from '../../../shared/document/numbering';
import type { OutlineKind } from '../../../shared/document/outline';
import { outlineOf } from '../../../shared/document/outline';

/** One line of the 目次 as the panel shows it. */
export interface OutlineEntry {
  /** Stable across edits: the element's id, or its kind for the unnumbered 前言, 引言 and 参考文献. */
  key: string;
  id: string | null;
  kind: OutlineKind;
  /** "4.1", "A", "A.1"; empty for 前言, 引言 and 参考文献. */
  number: string;
  /** What stands before the title: "4.1", "附录A"; empty where nothing is numbered. */
  label: string;
  title: string;
  level: number;
  /** For annexes: whether it is printed as (规范性) rather than (资料性). */
  normative: boolean | null;
}

export function outlineEntries(document: ProseMirrorNode): OutlineEntry[] {
  return outlineOf(numberDocument(document)).map((item) => {
    const number = item.number ?? '';
    const isAnnex = item.kind === 'annex';
    const node = isAnnex ? document.nodeAt(item.position) : null;
    return {
      key: item.id ?? item.kind,
      id: item.id,
      kind: item.kind,
      number,
      label: isAnnex ? `附录${number}` : number,
      title: item.title,
      level: item.level,
      normative: node ? node.attrs.normative === true : null,
    };
  });
}

/** The index of the last entry inside the subtree that starts at `index` (the entry itself when it has none). */
export function lastDescendantIndex(entries: readonly OutlineEntry[], index: number): number {
  const level = entries[index]?.level ?? 0;
  let last = index;
  while ((entries[last + 1]?.level ?? 0) > level) last += 1;
  return last;
}
