import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentNumbering } from '../numbering';
import type { ChapterRole } from './chapter-roles';
import type { LintFinding, LintTarget, SectionFinding } from './lint-finding';
import type { LintRuleDescription } from './lint-types';
import type { SectionIndex } from './section-index';

/** A section of the document checked, with what depends on the sections before it. */
export interface PlacedSection extends LintTarget {
  index: SectionIndex;
  /** 1-based number of a chapter; null for anything but chapters. */
  chapterNumber: number | null;
}

/** What every document rule sees, built once per check. */
export interface LintContext {
  document: ProseMirrorNode;
  numbering: DocumentNumbering;
  /** 封面, 前言, 引言, the chapters, the annexes and 参考文献, in document order. */
  sections: readonly PlacedSection[];
  chapters: readonly PlacedSection[];
  /** The first chapter with this role, if any. */
  chapterWithRole(role: ChapterRole): PlacedSection | null;
}

/**
 * A rule that judges each section from its content alone. Its findings are kept with the section's node and
 * reused by every check until that section changes, so it must read nothing outside the section.
 */
export interface SectionLintRule extends LintRuleDescription {
  checkSection(section: SectionIndex): SectionFinding[];
}

/** A rule that weighs sections against each other or against the numbering; it runs on every check. */
export interface DocumentLintRule extends LintRuleDescription {
  checkDocument(context: LintContext): LintFinding[];
}

export type LintRule = SectionLintRule | DocumentLintRule;

export function isSectionRule(rule: LintRule): rule is SectionLintRule {
  return 'checkSection' in rule;
}
