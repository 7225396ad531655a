import { nodeNames } from '../../../editor/node-names';
import { formulaToMathMl } from '../../formula-math';
import type { UnitLintRule } from '../lint-rule';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

/** A "%" not written as "\%" starts a TeX comment: what follows it on the line is silently left out. */
export function hasUnescapedPercent(tex: string): boolean {
  return /(^|[^\\])(\\\\)*%/.test(tex);
}

/** A formula whose TeX does not parse shows as text in the draft and goes into Word as text, not as an equation. */
export const formulaParses: UnitLintRule = {
  id: 'formula-parses',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.9',
  description: { zh: '公式应是可以排版的 TeX。', en: 'A formula is TeX that can be typeset.' },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const formula of unit.nodesOfType(nodeNames.formula)) {
      const tex = formula.node.textContent;
      if (tex.trim() === '') continue;
      const math = formulaToMathMl(tex);
      if (math.kind === 'math') {
        if (hasUnescapedPercent(tex)) {
          findings.push(
            unitFindingAt(formula, (names) => {
              const label = names.labelAt(formula.position);
              return { zh: `公式${label}中的“%”在 TeX 中表示注释，其后的内容不会显示；百分号请写作“\\%”。`, en: `In formula ${label}, "%" starts a TeX comment and what follows it is not shown; write "\\%" for a percent sign.` };
            }),
          );
        }
        continue;
      }
      findings.push(
        unitFindingAt(formula, (names) => {
          const label = names.labelAt(formula.position);
          return { zh: `公式${label}无法排版（${math.reason}），将按原文显示和导出。请检查 TeX 写法。`, en: `Formula ${label} cannot be typeset (${math.reason}); it shows and exports as its text. Check the TeX.` };
        }),
      );
    }
    return findings;
  },
};
