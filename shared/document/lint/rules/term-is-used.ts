import type { DocumentLintRule, LintContext } from '../lint-rule';
import { termsDefinedIn, type DefinedTerm } from '../defined-terms';
import { findingAt, type LintFinding } from '../lint-finding';
import { placedIn } from '../lint-context';
import { isUsedBesides, termUsesIn, vocabularyOf, type Vocabulary } from '../term-uses';

/** The terms each section defines, and the vocabulary of them all. */
interface DefinedTerms {
  bySection: readonly (readonly DefinedTerm[])[];
  vocabulary: Vocabulary | null;
}

let lastDefinedTerms: DefinedTerms | null = null;

/** Reused while every section lists the very same terms, which is every keystroke outside the terms chapter. */
function definedTermsOf(context: LintContext): DefinedTerms {
  const bySection = context.sections.map((section) => termsDefinedIn(section.index));
  const previous = lastDefinedTerms;
  if (previous?.bySection.length === bySection.length && bySection.every((terms, index) => terms === previous.bySection[index])) return previous;
  const terms = bySection.flatMap((defined) => defined.map(({ term }) => term)).filter((term) => term !== '');
  lastDefinedTerms = { bySection, vocabulary: terms.length === 0 ? null : vocabularyOf(terms) };
  return lastDefinedTerms;
}

export const termIsUsed: DocumentLintRule = {
  id: 'term-is-used',
  severity: 'warning',
  description: {
    zh: '界定的每个术语都应在文件中使用。',
    en: 'Every defined term is used in the document.',
  },
  checkDocument(context) {
    const { bySection, vocabulary } = definedTermsOf(context);
    if (!vocabulary) return [];
    const uses = context.sections.map((section) => termUsesIn(section.index, vocabulary));
    const findings: LintFinding[] = [];
    context.sections.forEach((section, sectionIndex) => {
      for (const { term, entry } of bySection[sectionIndex] ?? []) {
        if (term === '' || uses.some((sectionUses) => isUsedBesides(sectionUses.get(term), entry.node))) continue;
        findings.push(
          findingAt(
            placedIn(section, entry),
            `术语“${term}”已界定，但文件中没有使用；应在条文中使用该术语，或删除该术语条目。`,
            `The term "${term}" is defined but never used; use it in the text or delete the entry.`,
          ),
        );
      }
    });
    return findings;
  },
};
