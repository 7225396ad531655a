import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

const exampleTitle = /^示例(?:[\s\u3000]*\d+)?$/;

export const exampleIsNotAClause: UnitLintRule = {
  id: 'example-is-not-a-clause',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.2',
  description: {
    zh: '示例不单独设条；用“示例”元素放在它所说明的条文之后。',
    en: 'An example is not a clause of its own: use the example element after the text it illustrates.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const clause of unit.nodesOfType(nodeNames.clause)) {
      const title = clause.node.firstChild?.textContent.trim() ?? '';
      if (!exampleTitle.test(title)) continue;
      findings.push(
        unitFindingAt(clause, (names) => {
          const name = names.nameAt(clause.position);
          return {
            zh: `${name.zh}的标题是“${title}”：示例不应单独设条，请改用“示例”元素放在所说明的条文之后。`,
            en: `${capitalized(name.en)} is titled "${title}": an example is not a clause of its own; use the example element after the text it illustrates.`,
          };
        }),
      );
    }
    return findings;
  },
};
