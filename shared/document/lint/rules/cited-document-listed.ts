import type { DocumentLintRule } from '../lint-rule';
import { collectSectionCitations } from '../document-citations';
import { placedIn } from '../lint-context';
import { findingAt, type LintFinding } from '../lint-finding';
import { collectListedDocuments } from '../listed-documents';

export const citedDocumentListed: DocumentLintRule = {
  id: 'cited-document-listed',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.6, 9.5.4.2',
  description: {
    zh: '文中引用的文件应列入“规范性引用文件”（规范性引用）或“参考文献”（资料性引用）。',
    en: 'Every document cited in the text is listed in the normative references (cited normatively) or the bibliography (cited for information).',
  },
  checkDocument(context) {
    const listed = collectListedDocuments(context);
    const findings: LintFinding[] = [];
    for (const section of context.sections) {
      for (const { documentNumber, source, familyKeys } of collectSectionCitations(section.index).standardMentions) {
        if (listed.isListed(documentNumber, familyKeys)) continue;
        const written = documentNumber.written.trim();
        findings.push(
          findingAt(
            placedIn(section, source),
            `文中引用了“${written}”，但它既未列入“规范性引用文件”，也未列入“参考文献”；规范性引用的应列入第2章，资料性引用的应列入参考文献。`,
            `"${written}" is cited here but listed neither in the normative references nor in the bibliography; list it in chapter 2 if it is cited normatively, otherwise in the bibliography.`,
          ),
        );
      }
    }
    return findings;
  },
};
