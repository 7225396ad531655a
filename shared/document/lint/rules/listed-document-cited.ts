import type { DocumentLintRule } from '../lint-rule';
import { collectSectionCitations } from '../document-citations';
import { findingAt, type LintFinding } from '../lint-finding';
import { placedIn } from '../lint-context';
import { collectListedDocuments } from '../listed-documents';

export const listedDocumentCited: DocumentLintRule = {
  id: 'listed-document-cited',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.6',
  description: {
    zh: '“规范性引用文件”中列出的每个文件都应在文中被规范性引用。',
    en: 'Every document listed in the normative references is cited in the text.',
  },
  checkDocument(context) {
    const { bySection } = collectListedDocuments(context);
    const citations = context.sections.map((section) => collectSectionCitations(section.index));
    const findings: LintFinding[] = [];
    context.sections.forEach((section, sectionIndex) => {
      for (const listed of bySection[sectionIndex] ?? []) {
        if (listed.list !== 'normativeReferences') continue;
        const targetId = listed.entry.targetId;
        if (targetId !== null && citations.some((cited) => cited.crossReferenceTargets.has(targetId))) continue;
        if (citations.some((cited) => cited.citedKeys.has(listed.key))) continue;
        const name = listed.documentNumber.trim() || listed.entry.node.textContent.trim();
        findings.push(
          findingAt(
            placedIn(section, listed.entry),
            `“${name}”列入了规范性引用文件，但正文中没有引用它；应在条文中引用该文件，或将其从规范性引用文件中删除（仅供参考的文件列入参考文献）。`,
            `"${name}" is listed as a normative reference but never cited in the text; cite it where it applies, or remove it (documents given for information belong in the bibliography).`,
          ),
        );
      }
    });
    return findings;
  },
};
