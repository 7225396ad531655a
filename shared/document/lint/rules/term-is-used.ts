import type { DocumentLintRule, PlacedSection } from '../lint-rule';
import { termsDefinedIn, type DefinedTerm } from '../defined-terms';
import { findingAt, type LintFinding } from '../lint-finding';
import { placedIn } from '../lint-context';
import { isUsedBesides, termUsesIn, vocabularyOf } from '../term-uses';

interface PlacedTerm extends DefinedTerm {
  section: PlacedSection;
}

export const termIsUsed: DocumentLintRule = {
  id: 'term-is-used',
  severity: 'warning',
  description: {
    zh: '界定的每个术语都应在文件中使用。',
    en: 'Every defined term is used in the document.',
  },
  checkDocument(context) {
    const defined: PlacedTerm[] = [];
    for (const section of context.sections) {
      for (const term of termsDefinedIn(section.index)) {
        if (term.term !== '') defined.push({ ...term, section });
      }
    }
    if (defined.length === 0) return [];
    const vocabulary = vocabularyOf(defined.map(({ term }) => term));
    const uses = context.sections.map((section) => termUsesIn(section.index, vocabulary));
    const findings: LintFinding[] = [];
    for (const { term, entry, section } of defined) {
      if (uses.some((sectionUses) => isUsedBesides(sectionUses.get(term), entry.node))) continue;
      findings.push(
        findingAt(
          placedIn(section, entry),
          `术语“${term}”已界定，但文件中没有使用；应在条文中使用该术语，或删除该术语条目。`,
          `The term "${term}" is defined but never used; use it in the text or delete the entry.`,
        ),
      );
    }
    return findings;
  },
};
