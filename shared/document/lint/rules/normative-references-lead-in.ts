import { nodeNames } from '../../../editor/node-names';
import type { DocumentLintRule, LintContext } from '../lint-rule';
import { noNormativeReferencesSentence, normativeReferencesLeadIn as fixedLeadIn } from '../../skeleton';
import { findingAt, type LintTarget } from '../lint-finding';
import { placedIn } from '../lint-context';
import { chapterLeadIn } from '../chapter-lead-in';
import { memoizePerSection } from '../memoize-per-section';

interface ReferencesChapter {
  leadIn: LintTarget;
  leadInText: string;
  entryCount: number;
}

const leadInOf = memoizePerSection((chapter): ReferencesChapter => {
  const { target, text } = chapterLeadIn(chapter);
  return { leadIn: target, leadInText: text, entryCount: chapter.nodesOfType(nodeNames.referenceEntry).length };
});

function referencesChapterOf(context: LintContext): ReferencesChapter | null {
  const chapter = context.chapterWithRole('normativeReferences');
  if (!chapter) return null;
  const facts = leadInOf(chapter.index);
  return { ...facts, leadIn: placedIn(chapter, facts.leadIn) };
}

export const normativeReferencesLeadIn: DocumentLintRule = {
  id: 'normative-references-lead-in',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.6',
  description: {
    zh: '“规范性引用文件”一章应以规定的引导语开头；没有规范性引用文件时应表述为“本文件没有规范性引用文件。”',
    en: 'The normative references chapter opens with the fixed lead-in, or "本文件没有规范性引用文件。" when it lists nothing.',
  },
  checkDocument(context) {
    const references = referencesChapterOf(context);
    if (!references || references.leadInText === fixedLeadIn || references.leadInText === noNormativeReferencesSentence) return [];
    return [
      findingAt(
        references.leadIn,
        `“规范性引用文件”的引导语应逐字使用规定的表述：“${fixedLeadIn}”；没有规范性引用文件时，应为“${noNormativeReferencesSentence}”`,
        `The lead-in of the normative references chapter must be the fixed sentence "${fixedLeadIn}", or "${noNormativeReferencesSentence}" when nothing is listed.`,
      ),
    ];
  },
};

export const normativeReferencesLeadInMatchesList: DocumentLintRule = {
  id: 'normative-references-lead-in-matches-list',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.6',
  description: {
    zh: '“规范性引用文件”的引导语应与所列文件相符：列出文件时使用规定的引导语，没有文件时表述为“本文件没有规范性引用文件。”',
    en: 'The lead-in of the normative references chapter agrees with its list: the fixed lead-in above entries, "本文件没有规范性引用文件。" without any.',
  },
  checkDocument(context) {
    const references = referencesChapterOf(context);
    if (!references) return [];
    const where = references.leadIn;
    if (references.leadInText === fixedLeadIn && references.entryCount === 0) {
      return [
        findingAt(
          where,
          `“规范性引用文件”使用了引导语，但没有列出任何文件；应列出规范性引用的文件，或将引导语改为“${noNormativeReferencesSentence}”`,
          `The normative references chapter has the lead-in but lists no document; list the documents cited normatively, or change the lead-in to "${noNormativeReferencesSentence}".`,
        ),
      ];
    }
    if (references.leadInText === noNormativeReferencesSentence && references.entryCount > 0) {
      return [
        findingAt(
          where,
          `“规范性引用文件”表述为没有规范性引用文件，却列出了${references.entryCount}个文件；应改用规定的引导语，或删除所列文件。`,
          `The normative references chapter says there are none but lists ${references.entryCount}; use the fixed lead-in, or remove the entries.`,
        ),
      ];
    }
    return [];
  },
};
