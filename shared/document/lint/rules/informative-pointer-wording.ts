import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** "应见" mixes a requirement with the word of an informative pointer. */
const requiredPointer = /(?:应|宜|不应)[\s\u3000]*(?:参)?见/;

export const informativePointerWording: UnitLintRule = {
  id: 'informative-pointer-wording',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.5.5',
  description: {
    zh: '“见”“参见”只用于资料性的提示；规范性引用写成“应符合……的规定”或“按……”。',
    en: 'The words 见 and 参见 only point at information; a normative reference reads "应符合……的规定" or "按……".',
  },
  checkUnit(unit) {
    if (unit.kind === 'cover' || unit.kind === 'bibliography') return [];
    const findings: LintFinding[] = [];
    for (const block of unit.textBlocks) {
      const found = requiredPointer.exec(block.text);
      if (!found) continue;
      findings.push(
        findingAt(
          block,
          `“${found[0]}”把要求和资料性提示混在一起；要求应写成“应符合……的规定”或“按……进行”，提示只写“见……”。`,
          `"${found[0]}" mixes a requirement with an informative pointer; write a requirement as "应符合……的规定" or "按……", and a pointer as "见……" alone.`,
        ),
      );
    }
    return findings;
  },
};
