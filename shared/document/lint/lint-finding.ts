import type { LintIssue } from './lint-types';

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
