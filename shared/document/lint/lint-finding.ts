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

/** The derived numbers of the elements of one unit, looked up by their position in the unit. */
export interface ElementNames {
  /** How a message names the element: "第4章"/"chapter 4", "4.2条"/"clause 4.2", "表1"/"table 1"… */
  nameAt(position: number): LocalizedText;
  /** What is printed at the element ("1)", "(3)"), or "" when nothing is. */
  labelAt(position: number): string;
}

/**
 * Wording that quotes derived numbers is written when the check runs, not when the unit is judged: an edit
 * elsewhere renumbers a unit without changing it, and its findings are kept until it changes.
 */
export type UnitMessage = LocalizedText | ((names: ElementNames) => LocalizedText);

/** What a unit rule reports, at a position counted from the start of the unit. */
export interface UnitFinding extends LintTarget {
  message: UnitMessage;
}

export function unitFindingAt(target: LintTarget, message: UnitMessage): UnitFinding {
  return { message, targetId: target.targetId, position: target.position };
}

function shiftedNames(names: ElementNames, offset: number): ElementNames {
  return { nameAt: (position) => names.nameAt(position + offset), labelAt: (position) => names.labelAt(position + offset) };
}

/** A nested unit's finding as the unit around it sees it, `offset` further on. */
export function shiftedFinding(finding: UnitFinding, offset: number): UnitFinding {
  const message = finding.message;
  return {
    message: typeof message === 'function' ? (names: ElementNames) => message(shiftedNames(names, offset)) : message,
    targetId: finding.targetId,
    position: finding.position + offset,
  };
}
