import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** How drafts used to name themselves before GB/T 1.1-2020: 本标准, 本部分, 本规范, 本规程, 本指南. */
const oldSelfReference = /本(?:标准|部分|规范|规程|指南)/;

export const thisDocumentWording: UnitLintRule = {
  id: 'this-document-wording',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.5.2',
  description: {
    zh: '文件提及自身时用“本文件”，不用“本标准”“本部分”等。',
    en: 'The document refers to itself as 本文件 ("this document"), not 本标准, 本部分 and the like.',
  },
  checkUnit(unit) {
    if (unit.kind === 'cover') return [];
    const findings: LintFinding[] = [];
    for (const block of unit.textBlocks) {
      if (block.node.type.name === nodeNames.referenceEntry) continue;
      const found = oldSelfReference.exec(block.text);
      if (!found) continue;
      findings.push(findingAt(block, `文件提及自身应使用“本文件”，请将“${found[0]}”改为“本文件”。`, `The document calls itself "${found[0]}"; write "本文件" (this document) instead.`));
    }
    return findings;
  },
};
