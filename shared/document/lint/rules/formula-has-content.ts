import { nodeNames } from '../../../editor/node-names';
import type { SectionLintRule } from '../lint-rule';
import { sectionFindingAt, type SectionFinding } from '../lint-finding';

export const formulaHasContent: SectionLintRule = {
  id: 'formula-has-content',
  severity: 'warning',
  description: { zh: '公式不应为空。', en: 'A formula is not empty.' },
  checkSection(section) {
    const findings: SectionFinding[] = [];
    for (const formula of section.nodesOfType(nodeNames.formula)) {
      if (formula.node.textContent.trim() !== '') continue;
      findings.push(
        sectionFindingAt(formula, (names) => {
          const label = names.labelAt(formula.position);
          return { zh: `公式${label}为空，应填写公式或删除。`, en: `Formula ${label} is empty; write it or delete it.` };
        }),
      );
    }
    return findings;
  },
};
