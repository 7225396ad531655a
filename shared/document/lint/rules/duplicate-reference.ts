import type { DocumentLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';
import { placedIn } from '../lint-context';
import { collectListedDocuments, type ListedDocument } from '../listed-documents';

function listName(listed: ListedDocument): { zh: string; en: string } {
  return listed.list === 'normativeReferences' ? { zh: '规范性引用文件', en: 'the normative references' } : { zh: '参考文献', en: 'the bibliography' };
}

export const duplicateReference: DocumentLintRule = {
  id: 'duplicate-reference',
  severity: 'warning',
  source: 'editor housekeeping',
  description: {
    zh: '同一文件在“规范性引用文件”和“参考文献”中只应列出一次。',
    en: 'A document is listed once, in either the normative references or the bibliography.',
  },
  checkDocument(context) {
    const { bySection } = collectListedDocuments(context);
    const findings: LintFinding[] = [];
    const firstByKey = new Map<string, ListedDocument>();
    context.sections.forEach((section, sectionIndex) => {
      for (const listed of bySection[sectionIndex] ?? []) {
        if (listed.key === '') continue;
        const first = firstByKey.get(listed.key);
        if (!first) {
          firstByKey.set(listed.key, listed);
          continue;
        }
        const where = listName(first);
        findings.push(
          findingAt(
            placedIn(section, listed.entry),
            `“${listed.documentNumber.trim()}”已在${where.zh}中列出，同一文件只应列出一次，请删除重复的条目。`,
            `"${listed.documentNumber.trim()}" is already listed in ${where.en}; list each document once and delete this duplicate.`,
          ),
        );
      }
    });
    return findings;
  },
};
