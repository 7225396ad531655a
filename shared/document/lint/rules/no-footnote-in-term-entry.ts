import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

export const noFootnoteInTermEntry: UnitLintRule = {
  id: 'no-footnote-in-term-entry',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.7.3',
  description: {
    zh: '术语条目中不应有脚注；需要补充的信息写成术语条目的注。',
    en: 'A term entry has no footnote; extra information goes in a note to the entry.',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    for (const footnote of unit.nodesOfType(nodeNames.footnote)) {
      if (footnote.termEntry === null) continue;
      findings.push(findingAt(footnote, '术语条目中不应使用脚注，请将其内容改为该条目的注。', 'A term entry must not hold a footnote; turn its text into a note to the entry.'));
    }
    return findings;
  },
};
