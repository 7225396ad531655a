import type { DocumentLintRule, LintContext } from '../lint-rule';
import { termsDefinedIn, type DefinedTerm } from '../defined-terms';
import { findingAt, type LintFinding } from '../lint-finding';
import { placedIn } from '../lint-context';
import { isUsedBesides, termUsesIn, vocabularyOf, type Vocabulary } from '../term-uses';

interface PlacedTerm extends DefinedTerm {
  /** Where the entry's section stands among the sections. */
  sectionIndex: number;
}

/** The terms the document defines, and their vocabulary. */
interface DefinedTerms {
  bySection: readonly (readonly DefinedTerm[])[];
  terms: readonly PlacedTerm[];
  vocabulary: Vocabulary | null;
}

let lastDefinedTerms: DefinedTerms | null = null;

/** Reused while every section lists the very same terms, which is every keystroke outside the terms chapter. */
function definedTermsOf(context: LintContext): DefinedTerms {
  const bySection = context.sections.map((section) => termsDefinedIn(section.index));
  const previous = lastDefinedTerms;
  if (previous?.bySection.length === bySection.length && bySection.every((terms, index) => terms === previous.bySection[index])) return previous;
  const terms = bySection.flatMap((defined, sectionIndex) => defined.filter(({ term }) => term !== '').map((defined) => ({ ...defined, sectionIndex })));
  lastDefinedTerms = { bySection, terms, vocabulary: terms.length === 0 ? null : vocabularyOf(terms.map(({ term }) => term)) };
  return lastDefinedTerms;
}

export const termIsUsed: DocumentLintRule = {
  id: 'term-is-used',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.7.1',
  description: {
    zh: '界定的每个术语都应在文件中使用。',
    en: 'Every defined term is used in the document.',
  },
  checkDocument(context) {
    const { terms, vocabulary } = definedTermsOf(context);
    if (!vocabulary) return [];
    // Sections are read in order until every term has turned up: the uses of the rest are not needed.
    const used = new Uint8Array(terms.length);
    let unused = terms.length;
    for (const section of context.sections) {
      if (unused === 0) break;
      const uses = termUsesIn(section.index, vocabulary);
      terms.forEach(({ term, entry }, index) => {
        if (used[index] === 1 || !isUsedBesides(uses.get(term), entry.node)) return;
        used[index] = 1;
        unused -= 1;
      });
    }
    const findings: LintFinding[] = [];
    terms.forEach(({ term, entry, sectionIndex }, index) => {
      const section = context.sections[sectionIndex];
      if (used[index] === 1 || !section) return;
      findings.push(
        findingAt(
          placedIn(section, entry),
          `术语“${term}”已界定，但文件中没有使用；应在条文中使用该术语，或删除该术语条目。`,
          `The term "${term}" is defined but never used; use it in the text or delete the entry.`,
        ),
      );
    });
    return findings;
  },
};
