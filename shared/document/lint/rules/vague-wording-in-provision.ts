import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** Words that leave a provision open to judgement: it can then neither be met nor checked. */
const vagueWords = /原则上|大约|大概|大致|尽量|尽可能|适当|基本上|左右|较为|一般情况下|通常情况下/;

export const vagueWordingInProvision: UnitLintRule = {
  id: 'vague-wording-in-provision',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.4.2',
  description: {
    zh: '条款的表述应准确，要求或推荐中不使用“原则上”“尽量”“适当”“左右”等含糊的词语。',
    en: 'Provisions are exact: a requirement or recommendation does not use vague words such as 原则上, 尽量, 适当 or 左右.',
  },
  checkUnit(unit) {
    if (unit.kind === 'cover' || unit.kind === 'foreword' || unit.kind === 'bibliography') return [];
    const findings: LintFinding[] = [];
    for (const block of unit.textBlocks) {
      if (block.facts.requirementWording() === null) continue;
      const found = vagueWords.exec(block.text);
      if (!found) continue;
      findings.push(
        findingAt(
          block,
          `条款中的“${found[0]}”含义不确定，无法据此判定是否符合；请删除或改为确定的值或条件。`,
          `"${found[0]}" makes the provision vague, so conformity cannot be judged; delete it or give an exact value or condition.`,
        ),
      );
    }
    return findings;
  },
};
