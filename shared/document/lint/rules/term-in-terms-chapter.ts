import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';
import { termPartsOf } from '../term-parts';

export const termInTermsChapter: UnitLintRule = {
  id: 'term-in-terms-chapter',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.7.1',
  description: {
    zh: '术语条目只应出现在“术语和定义”一章中。',
    en: 'Term entries belong only in the terms and definitions chapter.',
  },
  checkUnit(unit) {
    if (unit.chapterRole === 'termsAndDefinitions') return [];
    const findings: LintFinding[] = [];
    for (const entry of unit.nodesOfType(nodeNames.termEntry)) {
      const term = termPartsOf(entry.node).chinese;
      findings.push(
        findingAt(
          entry,
          `术语条目“${term}”不在“术语和定义”一章中；术语应在第3章中界定，应将其移至该章。`,
          `The term entry "${term}" is outside the terms and definitions chapter; terms are defined in chapter 3, so move it there.`,
        ),
      );
    }
    return findings;
  },
};
