import { nodeNames } from '../../../editor/node-names';
import type { LintRule } from '../lint-types';
import { indexDocument } from '../document-index';
import { findingAt, type LintFinding } from '../lint-finding';

export const formulaHasContent: LintRule = {
  id: 'formula-has-content',
  severity: 'warning',
  description: { zh: '公式不应为空。', en: 'A formula is not empty.' },
  check(context) {
    const { numbering } = context;
    const findings: LintFinding[] = [];
    for (const formula of indexDocument(context).nodesOfType(nodeNames.formula)) {
      if (formula.node.textContent.trim() !== '') continue;
      const label = numbering.byPosition.get(formula.position)?.label ?? '';
      findings.push(findingAt(formula, `公式${label}为空，应填写公式或删除。`, `Formula ${label} is empty; write it or delete it.`));
    }
    return findings;
  },
};
