import type { DocumentLintRule } from '../lint-rule';
import { collectSectionCitations } from '../document-citations';
import { placedIn } from '../lint-context';
import { findingAt, type LintFinding } from '../lint-finding';
import { collectListedDocuments, listedDocumentsByKey } from '../listed-documents';

export const normativeCitationInChapterTwo: DocumentLintRule = {
  id: 'normative-citation-in-chapter-two',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.5.4.2, 8.6',
  description: {
    zh: '在要求中规范性引用的文件应列入第2章“规范性引用文件”，而不仅列入参考文献。',
    en: 'A document cited normatively (in a requirement) is listed in chapter 2, the normative references, not only in the bibliography.',
  },
  checkDocument(context) {
    const listedByKey = listedDocumentsByKey(collectListedDocuments(context).bySection.flat());
    const findings: LintFinding[] = [];
    if (listedByKey.size === 0) return findings;
    for (const section of context.sections) {
      for (const mention of collectSectionCitations(section.index).standardMentions) {
        if (!mention.isNormative) continue;
        const entries = listedByKey.get(mention.documentNumber.key) ?? [];
        if (entries.length === 0 || entries.some((entry) => entry.list === 'normativeReferences')) continue;
        const written = mention.documentNumber.written.trim();
        findings.push(
          findingAt(
            placedIn(section, mention.source),
            `“${written}”在要求中被规范性引用，却只列在参考文献中；应将它列入第2章“规范性引用文件”，或将引用改为资料性的。`,
            `"${written}" is cited normatively in a requirement but listed only in the bibliography; list it in chapter 2 (normative references), or make the citation informative.`,
          ),
        );
      }
    }
    return findings;
  },
};
