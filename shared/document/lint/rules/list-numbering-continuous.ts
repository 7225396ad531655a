import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

export const listNumberingContinuous: UnitLintRule = {
  id: 'list-numbering-continuous',
  severity: 'warning',
  source: 'GB/T 1.1-2020 7.5.3',
  description: {
    zh: '列项的编号应从“a)”（或分项的“1)”）开始连续编排。',
    en: 'List numbering starts at "a)" (or "1)" for sub-items) and runs continuously.',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    for (const list of unit.nodesOfType(nodeNames.orderedList)) {
      const start: unknown = list.node.attrs.start;
      if (start === undefined || start === null || start === 1) continue;
      findings.push(
        findingAt(
          list,
          `该列项的编号从第${String(start)}项开始，列项编号应从“a)”开始连续编排；如需续接前面的列项，应将其合并为一个列项。`,
          `This list starts numbering at item ${String(start)}; list numbering starts at "a)" and runs on, so merge it with the list it continues.`,
        ),
      );
    }
    return findings;
  },
};
