import type { DocumentLintRule } from '../lint-rule';
import { collectSectionCitations } from '../document-citations';
import { placedIn } from '../lint-context';
import { findingAt, type LintFinding } from '../lint-finding';
import { collectListedDocuments, listedDocumentsByKey } from '../listed-documents';

export const datedReferenceToSpecificPart: DocumentLintRule = {
  id: 'dated-reference-to-specific-part',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.5.4.1',
  description: {
    zh: '引用文件的具体章、条、图、表或附录时，应注日期（在文中或在规范性引用文件的条目中写明年代号）。',
    en: 'A citation of a particular clause, table, figure or annex of another document is dated, in the text or in its entry in the normative references.',
  },
  checkDocument(context) {
    const listedByKey = listedDocumentsByKey(collectListedDocuments(context).bySection.flat());
    const findings: LintFinding[] = [];
    if (listedByKey.size === 0) return findings;
    for (const section of context.sections) {
      for (const mention of collectSectionCitations(section.index).standardMentions) {
        if (!mention.pointsIntoDocument || mention.documentNumber.year !== null) continue;
        const entries = listedByKey.get(mention.documentNumber.key) ?? [];
        if (entries.length === 0 || entries.some((entry) => entry.parsed?.year)) continue;
        const written = mention.documentNumber.written.trim();
        findings.push(
          findingAt(
            placedIn(section, mention.source),
            `这里引用了“${written}”的具体内容，应注日期：在文中写明年代号（如“${written}—2012”），并在规范性引用文件的条目中同样注明。`,
            `This cites a particular part of "${written}" without a date; a citation of a specific clause, table, figure or annex is dated: add the year here and in the entry of the normative references.`,
          ),
        );
      }
    }
    return findings;
  },
};
