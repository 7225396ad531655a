import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';
import { findForbiddenProvisionAlternative } from '../requirement-wording';

export const forbiddenProvisionAlternatives: UnitLintRule = {
  id: 'forbidden-provision-alternatives',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.1, 附录C 表C.1 注',
  description: {
    zh: '要求用“应”“不应”表述，不使用“必须”“不得”“禁止”“不可”“只准许”“不准许”代替。',
    en: 'Requirements are worded with 应 and 不应, never with 必须, 不得, 禁止, 不可, 只准许 or 不准许 in their place.',
  },
  checkUnit(unit) {
    if (unit.kind === 'cover' || unit.kind === 'bibliography') return [];
    const findings: LintFinding[] = [];
    for (const block of unit.textBlocks) {
      if (block.node.type.name === nodeNames.referenceEntry) continue;
      const found = findForbiddenProvisionAlternative(block.text);
      if (!found) continue;
      findings.push(
        findingAt(
          block,
          `要求不使用“${found.word}”表述，应改为“${found.instead}”。`,
          `Requirements are not worded with "${found.word}"; write "${found.instead}" instead.`,
        ),
      );
    }
    return findings;
  },
};
