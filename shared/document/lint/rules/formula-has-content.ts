import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

export const formulaHasContent: UnitLintRule = {
  id: 'formula-has-content',
  severity: 'warning',
  source: 'editor housekeeping',
  description: { zh: '公式不应为空。', en: 'A formula is not empty.' },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const formula of unit.nodesOfType(nodeNames.formula)) {
      if (formula.node.textContent.trim() !== '') continue;
      findings.push(
        unitFindingAt(formula, (names) => {
          const label = names.labelAt(formula.position);
          return { zh: `公式${label}为空，应填写公式或删除。`, en: `Formula ${label} is empty; write it or delete it.` };
        }),
      );
    }
    return findings;
  },
};
