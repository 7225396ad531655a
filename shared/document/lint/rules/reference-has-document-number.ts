import type { LintRule } from '../lint-types';
import { findingAt, type LintFinding } from '../lint-finding';
import { collectListedDocuments } from '../listed-documents';

/** Only the normative references: the bibliography may list books and other documents without a number. */
export const referenceHasDocumentNumber: LintRule = {
  id: 'reference-has-document-number',
  severity: 'error',
  description: {
    zh: '“规范性引用文件”中的每个文件都应给出文件编号。',
    en: 'Every document in the normative references has its document number.',
  },
  check(context) {
    const findings: LintFinding[] = [];
    for (const listed of collectListedDocuments(context).entries) {
      if (listed.list !== 'normativeReferences' || listed.documentNumber.trim() !== '') continue;
      const title = listed.entry.node.textContent.trim();
      findings.push(
        findingAt(
          listed.entry,
          `规范性引用文件“${title}”缺少文件编号，应填写编号（如“GB/T 1.1—2020”）。`,
          `The normative reference "${title}" has no document number; fill it in (for example "GB/T 1.1—2020").`,
        ),
      );
    }
    return findings;
  },
};
