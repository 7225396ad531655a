import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { numberDocument, type DocumentNumbering } from '../numbering';
import type { LintContext, LintIssue, LintSeverity } from './lint-types';
import { lintRules } from './lint-rules';

const severityOrder: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };

function compareIssues(left: LintIssue, right: LintIssue): number {
  return left.position - right.position || severityOrder[left.severity] - severityOrder[right.severity] || left.ruleId.localeCompare(right.ruleId);
}

/** Runs every rule over the document and returns the issues in document order; pass the numbering when it is already computed. */
export function lintDocument(document: ProseMirrorNode, numbering: DocumentNumbering = numberDocument(document)): LintIssue[] {
  const context: LintContext = { document, numbering };
  const issues: LintIssue[] = [];
  for (const rule of lintRules) {
    for (const finding of rule.check(context)) issues.push({ ruleId: rule.id, severity: rule.severity, ...finding });
  }
  return issues.sort(compareIssues);
}
