import type { DocumentLintRule } from '../lint-rule';
import { termsDefinedIn } from '../defined-terms';
import { placedIn } from '../lint-context';
import { nameOfElementAt } from '../element-names';
import { findingAt, type LintFinding } from '../lint-finding';

export const duplicateTerm: DocumentLintRule = {
  id: 'duplicate-term',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.7.1',
  description: {
    zh: '同一术语只应界定一次。',
    en: 'A term is defined only once.',
  },
  checkDocument(context) {
    const { numbering } = context;
    const findings: LintFinding[] = [];
    const firstPositionByTerm = new Map<string, number>();
    for (const section of context.sections) {
      for (const { entry, term } of termsDefinedIn(section.index)) {
        if (term === '') continue;
        const firstPosition = firstPositionByTerm.get(term);
        if (firstPosition === undefined) {
          firstPositionByTerm.set(term, section.position + entry.position);
          continue;
        }
        const first = nameOfElementAt(numbering, firstPosition);
        findings.push(
          findingAt(
            placedIn(section, entry),
            `术语“${term}”已在${first.zh}中界定，同一术语只应界定一次；应删除或合并重复的条目。`,
            `The term "${term}" is already defined in ${first.en}; define each term once, so delete or merge this entry.`,
          ),
        );
      }
    }
    return findings;
  },
};
