import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { stableIdOf } from '../unit-index';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

/** A letter that stands for a quantity: Latin or Greek, not part of a TeX command such as \frac or \times. */
function hasSymbols(tex: string): boolean {
  const withoutCommands = tex.replace(/\\[A-Za-z]+/g, ' ');
  return /[A-Za-z\u0370-\u03ff]/.test(withoutCommands) || /\\(?:alpha|beta|gamma|delta|epsilon|eta|theta|lambda|mu|nu|pi|rho|sigma|tau|phi|omega)\b/i.test(tex);
}

export const formulaSymbolsExplained: UnitLintRule = {
  id: 'formula-symbols-explained',
  severity: 'info',
  source: 'GB/T 1.1-2020 9.9',
  description: {
    zh: '公式中的符号在公式下方的“式中：”中解释，除非已在“符号和缩略语”中给出。',
    en: 'The symbols of a formula are explained under it in "式中：", unless the symbols chapter gives them.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const parent of [unit.itself, ...unit.nodesOfType(nodeNames.note), ...unit.nodesOfType(nodeNames.example)]) {
      let position = parent.position + 1;
      parent.node.forEach((child, _offset, index) => {
        const next = index + 1 < parent.node.childCount ? parent.node.child(index + 1) : null;
        if (child.type.name === nodeNames.formula && hasSymbols(child.textContent) && next?.type.name !== nodeNames.formulaExplanation) {
          const target = { position, targetId: stableIdOf(child) ?? unit.targetId };
          findings.push(
            unitFindingAt(target, (names) => {
              const name = names.nameAt(target.position);
              return {
                zh: `${name.zh}中有符号，但下方没有“式中：”解释；请在公式下插入“式中”，逐个说明符号的含义和单位。`,
                en: `${capitalized(name.en)} has symbols but no "式中：" under it; insert the symbols explanation under the formula and say what each symbol means, with its unit.`,
              };
            }),
          );
        }
        position += child.nodeSize;
      });
    }
    return findings;
  },
};
