import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { numberDocument, type DocumentNumbering } from '../numbering';
import { createLintContext, elementNamesOf, placeFinding } from './lint-context';
import { shiftedFinding, type UnitFinding } from './lint-finding';
import type { LintIssue, LintSeverity } from './lint-types';
import { isUnitRule, type DocumentLintRule, type LintRule, type UnitLintRule } from './lint-rule';
import { lintRules } from './lint-rules';
import { memoizePerUnit } from './memoize-per-unit';

const severityOrder: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };

function compareIssues(left: LintIssue, right: LintIssue): number {
  return left.position - right.position || severityOrder[left.severity] - severityOrder[right.severity] || left.ruleId.localeCompare(right.ruleId);
}

const unitRules: readonly UnitLintRule[] = lintRules.filter(isUnitRule);
const documentRules: readonly DocumentLintRule[] = lintRules.filter((rule): rule is DocumentLintRule => !isUnitRule(rule));

interface RuleFinding {
  rule: LintRule;
  finding: UnitFinding;
}

const noFindings: readonly RuleFinding[] = [];

/** Every unit rule's findings in a unit and the units nested in it, kept with the unit until an edit replaces it. */
const findingsInUnit = memoizePerUnit((unit): readonly RuleFinding[] => {
  const found: RuleFinding[] = [];
  for (const rule of unitRules) {
    for (const finding of rule.checkUnit(unit)) found.push({ rule, finding });
  }
  for (const subunit of unit.subunits) {
    for (const { rule, finding } of findingsInUnit(subunit.unit)) found.push({ rule, finding: shiftedFinding(finding, subunit.position) });
  }
  return found.length === 0 ? noFindings : found;
});

/**
 * Runs every rule over the document and returns the issues in document order; pass the numbering when it is
 * already computed. Units (sections and the clauses in them) an edit did not touch keep their findings from the
 * previous check, so a keystroke costs the units on the edit's path plus the document-wide rules, which work on
 * facts kept per section.
 */
export function lintDocument(document: ProseMirrorNode, numbering: DocumentNumbering = numberDocument(document)): LintIssue[] {
  const context = createLintContext(document, numbering);
  const issues: LintIssue[] = [];
  for (const section of context.sections) {
    const found = findingsInUnit(section.index.root);
    if (found.length === 0) continue;
    const names = elementNamesOf(section, numbering);
    for (const { rule, finding } of found) issues.push({ ruleId: rule.id, severity: rule.severity, ...placeFinding(section, finding, names) });
  }
  for (const rule of documentRules) {
    for (const finding of rule.checkDocument(context)) issues.push({ ruleId: rule.id, severity: rule.severity, ...finding });
  }
  return issues.sort(compareIssues);
}
