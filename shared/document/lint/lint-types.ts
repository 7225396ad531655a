export type LintSeverity = 'error' | 'warning' | 'info';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface LintIssue {
  ruleId: string;
  severity: LintSeverity;
  message: LocalizedText;
  /** Stable id of the node the issue points at, when it has one. */
  targetId: string | null;
  /** Position of that node in the document the check ran on, so the editor can mark and jump to it. */
  position: number;
}

export interface LintRuleDescription {
  id: string;
  severity: LintSeverity;
  /** Where the rule comes from, such as "GB/T 1.1-2020 9.5.2", or "editor housekeeping" for the editor's own checks. */
  source: string;
  description: LocalizedText;
}
