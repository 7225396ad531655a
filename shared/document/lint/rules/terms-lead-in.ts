import { nodeNames } from '../../../editor/node-names';
import type { DocumentLintRule, LintContext } from '../lint-rule';
import { noTermsSentence, termsAndDefinitionsLeadIn } from '../../skeleton';
import { findingAt, type LintTarget } from '../lint-finding';
import { placedIn } from '../lint-context';
import { chapterLeadIn } from '../chapter-lead-in';
import { memoizePerSection } from '../memoize-per-section';

/** The four lead-ins of GB/T 1.1-2020 and whether each one introduces entries of this document. */
const leadInForms: ReadonlyArray<{ pattern: RegExp; introducesEntries: boolean }> = [
  { pattern: new RegExp(`^${termsAndDefinitionsLeadIn}$`), introducesEntries: true },
  { pattern: /^.+界定的以及下列术语和定义适用于本文件。$/, introducesEntries: true },
  { pattern: /^.+界定的术语和定义适用于本文件。$/, introducesEntries: false },
  { pattern: new RegExp(`^${noTermsSentence}$`), introducesEntries: false },
];

interface TermsChapter {
  leadIn: LintTarget;
  /** Null when the lead-in is none of the fixed forms. */
  introducesEntries: boolean | null;
  entryCount: number;
}

const leadInOf = memoizePerSection((chapter): TermsChapter => {
  const { target, text } = chapterLeadIn(chapter);
  const form = leadInForms.find(({ pattern }) => pattern.test(text));
  return { leadIn: target, introducesEntries: form?.introducesEntries ?? null, entryCount: chapter.nodesOfType(nodeNames.termEntry).length };
});

function termsChapterOf(context: LintContext): TermsChapter | null {
  const chapter = context.chapterWithRole('termsAndDefinitions');
  if (!chapter) return null;
  const facts = leadInOf(chapter.index);
  return { ...facts, leadIn: placedIn(chapter, facts.leadIn) };
}

export const termsLeadIn: DocumentLintRule = {
  id: 'terms-lead-in',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.7.2',
  description: {
    zh: `“术语和定义”一章应以规定的引导语开头，如“${termsAndDefinitionsLeadIn}”`,
    en: `The terms and definitions chapter opens with one of the fixed lead-ins, such as "${termsAndDefinitionsLeadIn}".`,
  },
  checkDocument(context) {
    const terms = termsChapterOf(context);
    if (!terms || terms.introducesEntries !== null) return [];
    return [
      findingAt(
        terms.leadIn,
        `“术语和定义”的引导语应使用规定的表述：“${termsAndDefinitionsLeadIn}”“……界定的以及下列术语和定义适用于本文件。”“……界定的术语和定义适用于本文件。”或“${noTermsSentence}”`,
        `The lead-in of the terms and definitions chapter must be one of the fixed forms: "${termsAndDefinitionsLeadIn}", "……界定的以及下列术语和定义适用于本文件。", "……界定的术语和定义适用于本文件。" or "${noTermsSentence}".`,
      ),
    ];
  },
};

export const termsLeadInMatchesEntries: DocumentLintRule = {
  id: 'terms-lead-in-matches-entries',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.7.2',
  description: {
    zh: '“术语和定义”的引导语应与术语条目相符：引出下列术语时应有术语条目，表述为没有术语时不应有术语条目。',
    en: 'The terms lead-in agrees with the entries: a lead-in announcing terms is followed by entries, one saying there are none is not.',
  },
  checkDocument(context) {
    const terms = termsChapterOf(context);
    if (!terms || terms.introducesEntries === null) return [];
    const where = terms.leadIn;
    if (terms.introducesEntries && terms.entryCount === 0) {
      return [
        findingAt(
          where,
          `引导语引出了“下列术语和定义”，但本章没有术语条目；应增加术语条目，或将引导语改为“${noTermsSentence}”`,
          `The lead-in announces terms below but the chapter has no term entry; add entries, or change the lead-in to "${noTermsSentence}".`,
        ),
      ];
    }
    if (!terms.introducesEntries && terms.entryCount > 0) {
      return [
        findingAt(
          where,
          `引导语表述为本文件不界定术语，但本章有${terms.entryCount}个术语条目；应改用“${termsAndDefinitionsLeadIn}”，或删除术语条目。`,
          `The lead-in says this document defines no terms, yet the chapter has ${terms.entryCount} term entries; use "${termsAndDefinitionsLeadIn}", or remove the entries.`,
        ),
      ];
    }
    return [];
  },
};
