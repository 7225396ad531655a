import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

export const scopeHasNoRequirements: UnitLintRule = {
  id: 'scope-has-no-requirements',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.5',
  description: {
    zh: '范围只陈述文件的对象、涉及的方面和适用界限，不应包含要求或推荐。',
    en: 'The scope only states what the document covers and where it applies; it contains no requirement or recommendation.',
  },
  checkUnit(unit) {
    if (unit.chapterRole !== 'scope') return [];
    const findings: LintFinding[] = [];
    for (const block of unit.textBlocks) {
      const word = block.facts.requirementWording();
      if (word === null) continue;
      findings.push(
        findingAt(
          block,
          `范围中使用了表示要求或推荐的“${word}”；范围应陈述“本文件规定了……”“本文件适用于……”，要求应移至技术要素中。`,
          `The scope uses "${word}", which states a requirement or recommendation; the scope says what the document specifies and where it applies, so move the requirement into a technical chapter.`,
        ),
      );
    }
    return findings;
  },
};
