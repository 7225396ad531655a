import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** Wording of contracts and of the law, which a standard does not lay down. */
const contractualWording = /违约|罚款|罚金|赔偿|索赔|法律责任|追究[^，。；]{0,6}责任|处以|行政处罚|吊销/;

export const noContractualRequirements: UnitLintRule = {
  id: 'no-contractual-requirements',
  severity: 'warning',
  source: 'GB/T 1.1-2020 5.5.3',
  description: {
    zh: '文件不规定合同要求（索赔、担保、付款等）和法律法规要求（罚则、法律责任等）。',
    en: 'The document lays down no contractual requirements (claims, guarantees, payment) and no legal ones (penalties, liability).',
  },
  checkUnit(unit) {
    if (unit.kind !== 'chapter' && unit.kind !== 'annex') return [];
    const findings: LintFinding[] = [];
    for (const block of unit.textBlocks) {
      const found = contractualWording.exec(block.text);
      if (!found) continue;
      findings.push(
        findingAt(
          block,
          `“${found[0]}”属于合同或法律法规的内容，标准中不作规定；请删除，或改为可检验的技术要求。`,
          `"${found[0]}" belongs in a contract or the law, which a standard does not lay down; delete it or state a requirement that can be checked.`,
        ),
      );
    }
    return findings;
  },
};
