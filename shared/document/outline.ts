import type { DocumentNumbering } from './numbering';

export type OutlineKind = 'foreword' | 'introduction' | 'clause' | 'annex' | 'bibliography';

export interface OutlineItem {
  id: string | null;
  kind: OutlineKind;
  /** The derived number; null for 前言, 引言 and 参考文献; the letter for annexes. */
  number: string | null;
  title: string;
  level: number;
  position: number;
}

const outlineKinds: ReadonlySet<string> = new Set<OutlineKind>(['foreword', 'introduction', 'clause', 'annex', 'bibliography']);

/** The 目次: 前言, 引言, chapters and clauses, annexes and 参考文献 (never term entries). */
export function outlineOf(numbering: DocumentNumbering): OutlineItem[] {
  return numbering.elements
    .filter((element) => outlineKinds.has(element.kind))
    .map((element) => ({
      id: element.id,
      kind: element.kind as OutlineKind,
      number: element.number,
      title: element.title,
      level: element.level,
      position: element.position,
    }));
}
