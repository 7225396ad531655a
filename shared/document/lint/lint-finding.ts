import type { LintIssue, LocalizedText } from './lint-types';

/** What a rule reports; `lintDocument` adds the rule id and severity. */
export type LintFinding = Omit<LintIssue, 'ruleId' | 'severity'>;

/** Anything located in the document: a node's position and its own or nearest ancestor's stable id. */
export interface LintTarget {
  position: number;
  targetId: string | null;
}

export function findingAt(target: LintTarget, zh: string, en: string): LintFinding {
  return { message: { zh, en }, targetId: target.targetId, position: target.position };
}

/** Issues about the document as a whole point at its start. */
export const documentStart: LintTarget = { position: 0, targetId: null };

/** The derived numbers of the elements of one section, looked up by their position in the section. */
export interface ElementNames {
  /** How a message names the element: "第4章"/"chapter 4", "4.2条"/"clause 4.2", "表1"/"table 1"… */
  nameAt(position: number): LocalizedText;
  /** What is printed at the element ("1)", "(3)"), or "" when nothing is. */
  labelAt(position: number): string;
}

/**
 * Wording that quotes derived numbers is written when the check runs, not when the section is judged: an edit
 * elsewhere renumbers a section without changing it, and its findings are kept until it changes.
 */
export type SectionMessage = LocalizedText | ((names: ElementNames) => LocalizedText);

/** What a section rule reports, at a position counted from the start of the section. */
export interface SectionFinding extends LintTarget {
  message: SectionMessage;
}

export function sectionFindingAt(target: LintTarget, message: SectionMessage): SectionFinding {
  return { message, targetId: target.targetId, position: target.position };
}
