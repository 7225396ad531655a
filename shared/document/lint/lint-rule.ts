import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentNumbering } from '../numbering';
import type { ChapterRole } from './chapter-roles';
import type { LintFinding, LintTarget, UnitFinding } from './lint-finding';
import type { LintRuleDescription } from './lint-types';
import type { SectionIndex } from './section-index';
import type { UnitIndex } from './unit-index';

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
 * A rule that judges each unit (a section, or a clause in it) from the unit's own content and the section it is in.
 * Its findings are kept with the unit and reused by every check until that unit changes, so it must read nothing else.
 */
export interface UnitLintRule extends LintRuleDescription {
  checkUnit(unit: UnitIndex): UnitFinding[];
}

/** A rule that weighs sections against each other or against the numbering; it runs on every check, on facts kept per section. */
export interface DocumentLintRule extends LintRuleDescription {
  checkDocument(context: LintContext): LintFinding[];
}

export type LintRule = UnitLintRule | DocumentLintRule;

export function isUnitRule(rule: LintRule): rule is UnitLintRule {
  return 'checkUnit' in rule;
}
