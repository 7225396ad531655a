import type { LintRule } from '../lint-types';
import { collectDocumentCitations } from '../document-citations';
import { isStandardPrefix } from '../document-numbers';
import { findingAt, type LintFinding } from '../lint-finding';
import { collectListedDocuments } from '../listed-documents';

export const citedDocumentListed: LintRule = {
  id: 'cited-document-listed',
  severity: 'warning',
  description: {
    zh: '文中引用的文件应列入“规范性引用文件”（规范性引用）或“参考文献”（资料性引用）。',
    en: 'Every document cited in the text is listed in the normative references (cited normatively) or the bibliography (cited for information).',
  },
  check(context) {
    const listed = collectListedDocuments(context);
    const findings: LintFinding[] = [];
    const reported = new Set<string>();
    for (const { documentNumber, source } of collectDocumentCitations(context).mentions) {
      if (!isStandardPrefix(documentNumber.prefix) || listed.isListed(documentNumber)) continue;
      const oncePerBlock = `${source.position} ${documentNumber.key}`;
      if (reported.has(oncePerBlock)) continue;
      reported.add(oncePerBlock);
      const written = documentNumber.written.trim();
      findings.push(
        findingAt(
          source,
          `文中引用了“${written}”，但它既未列入“规范性引用文件”，也未列入“参考文献”；规范性引用的应列入第2章，资料性引用的应列入参考文献。`,
          `"${written}" is cited here but listed neither in the normative references nor in the bibliography; list it in chapter 2 if it is cited normatively, otherwise in the bibliography.`,
        ),
      );
    }
    return findings;
  },
};
