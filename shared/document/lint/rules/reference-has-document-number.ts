import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** Only the normative references: the bibliography may list books and other documents without a number. */
export const referenceHasDocumentNumber: UnitLintRule = {
  id: 'reference-has-document-number',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.6',
  description: {
    zh: '“规范性引用文件”中的每个文件都应给出文件编号。',
    en: 'Every document in the normative references has its document number.',
  },
  checkUnit(unit) {
    if (unit.chapterRole !== 'normativeReferences') return [];
    const findings: LintFinding[] = [];
    for (const entry of unit.nodesOfType(nodeNames.referenceEntry)) {
      if (String(entry.node.attrs.documentNumber ?? '').trim() !== '') continue;
      const title = entry.node.textContent.trim();
      findings.push(
        findingAt(
          entry,
          `规范性引用文件“${title}”缺少文件编号，应填写编号（如“GB/T 1.1—2020”）。`,
          `The normative reference "${title}" has no document number; fill it in (for example "GB/T 1.1—2020").`,
        ),
      );
    }
    return findings;
  },
};
