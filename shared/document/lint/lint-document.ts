import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { numberDocument, type DocumentNumbering } from '../numbering';
import { createLintContext, elementNamesOf, placeFinding } from './lint-context';
import type { SectionFinding } from './lint-finding';
import type { LintIssue, LintSeverity } from './lint-types';
import { isSectionRule, type DocumentLintRule, type LintRule, type SectionLintRule } from './lint-rule';
import { lintRules } from './lint-rules';
import { memoizePerSection } from './memoize-per-section';

const severityOrder: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };

function compareIssues(left: LintIssue, right: LintIssue): number {
  return left.position - right.position || severityOrder[left.severity] - severityOrder[right.severity] || left.ruleId.localeCompare(right.ruleId);
}

const sectionRules: readonly SectionLintRule[] = lintRules.filter(isSectionRule);
const documentRules: readonly DocumentLintRule[] = lintRules.filter((rule): rule is DocumentLintRule => !isSectionRule(rule));

interface RuleFinding {
  rule: LintRule;
  finding: SectionFinding;
}

/** Every section rule's findings in one section, kept with the section's node until an edit replaces it. */
const findingsInSection = memoizePerSection((section): readonly RuleFinding[] => {
  const found: RuleFinding[] = [];
  for (const rule of sectionRules) {
    for (const finding of rule.checkSection(section)) found.push({ rule, finding });
  }
  return found;
});

/**
 * Runs every rule over the document and returns the issues in document order; pass the numbering when it is
 * already computed. Sections an edit did not touch keep their findings from the previous check, so a keystroke
 * costs the edited section plus the document-wide rules, which work on facts kept per section.
 */
export function lintDocument(document: ProseMirrorNode, numbering: DocumentNumbering = numberDocument(document)): LintIssue[] {
  const context = createLintContext(document, numbering);
  const issues: LintIssue[] = [];
  for (const section of context.sections) {
    const found = findingsInSection(section.index);
    if (found.length === 0) continue;
    const names = elementNamesOf(section, numbering);
    for (const { rule, finding } of found) issues.push({ ruleId: rule.id, severity: rule.severity, ...placeFinding(section, finding, names) });
  }
  for (const rule of documentRules) {
    for (const finding of rule.checkDocument(context)) issues.push({ ruleId: rule.id, severity: rule.severity, ...finding });
  }
  return issues.sort(compareIssues);
}
