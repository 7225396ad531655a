import type { DocumentLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';
import { placeFindings } from '../lint-context';
import { memoizePerSection } from '../memoize-per-section';
import { positionedChildren } from '../positioned-children';
import { forewordStandardSentence as standardSentence } from '../../skeleton';

function looksLikeTheStandardSentence(text: string): boolean {
  return /GB\s*\/\s*T\s*1\.1/.test(text) && text.includes('起草');
}

/** A plain or a full-width space, or none, where the title has one: the wording is what is compared. */
function withoutSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

const comparableSentence = withoutSpaces(standardSentence);

const findingsInForeword = memoizePerSection((foreword): LintFinding[] => {
  const paragraphs = positionedChildren(foreword.itself).filter((paragraph) => paragraph.node.textContent.trim() !== '');
  const sentenceIndex = paragraphs.findIndex((paragraph) => withoutSpaces(paragraph.node.textContent) === comparableSentence);
  const sentence = paragraphs[sentenceIndex];
  if (sentence && sentenceIndex > 0) {
    // 8.3 lists the 前言's contents in order, and the drafting rules followed come first.
    return [
      findingAt(
        sentence,
        '前言中关于起草规则的表述应放在前言的第一段，其后再写文件与其他文件的关系、主要变化、专利说明、提出和归口信息等。',
        "The foreword's sentence on the drafting rules comes first in the foreword, before the relation to other documents, the changes, the patent notice and who proposed and administers the document.",
      ),
    ];
  }
  if (sentence) return [];
  const nearMiss = paragraphs.find((paragraph) => looksLikeTheStandardSentence(paragraph.node.textContent));
  if (nearMiss) {
    return [
      findingAt(
        nearMiss,
        `前言中关于起草规则的表述与规定不一致，应逐字使用：“${standardSentence}”`,
        `The foreword's sentence on the drafting rules differs from the fixed wording; use it word for word: "${standardSentence}"`,
      ),
    ];
  }
  return [
    findingAt(
      foreword.itself,
      `前言缺少关于起草规则的表述，应增加：“${standardSentence}”`,
      `The foreword does not say which drafting rules were followed; add: "${standardSentence}"`,
    ),
  ];
});

export const forewordStandardSentence: DocumentLintRule = {
  id: 'foreword-standard-sentence',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.3',
  description: {
    zh: `前言应包含规定的表述：“${standardSentence}”`,
    en: 'The foreword states that the document was drafted according to GB/T 1.1-2020, in the fixed wording.',
  },
  checkDocument(context) {
    const foreword = context.sections.find((section) => section.index.kind === 'foreword');
    return foreword ? placeFindings(context, foreword, findingsInForeword(foreword.index)) : [];
  },
};
