import { createHash } from 'node:crypto';

/** The fragment name of an element: derived from its stable id, so no drafter's text ever becomes an id attribute. */
export function elementAnchor(elementId: unknown): string | null {
  if (typeof elementId !== 'string' || elementId === '') return null;
  return `e-${createHash('sha256').update(elementId).digest('hex').slice(0, 16)}`;
}

const fixedSectionAnchors: Readonly<Record<string, string>> = { foreword: 'foreword', introduction: 'introduction', bibliography: 'bibliography' };

/** Where an outline entry links on the page: 前言, 引言 and 参考文献 by name, chapters, clauses and annexes by id. */
export function outlineAnchor(elementId: string | null, kind: string): string | null {
  return fixedSectionAnchors[kind] ?? elementAnchor(elementId);
}
