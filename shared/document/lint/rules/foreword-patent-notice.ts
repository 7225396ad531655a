import type { DocumentLintRule } from '../lint-rule';
import { findingAt } from '../lint-finding';
import { forewordPatentSentence } from '../../skeleton';
import { memoizePerSection } from '../memoize-per-section';
import { forEachUnit } from '../unit-index';

/** The 前言's D.2 sentence, or an 引言 that names the patents identified (D.3). */
const forewordNotice = /可能涉及专利/;
const introductionNotice = /专利/;

const mentionsPatents = memoizePerSection((section): { mayInvolve: boolean; any: boolean } => {
  const facts = { mayInvolve: false, any: false };
  forEachUnit(section.root, (unit) => {
    for (const block of unit.textBlocks) {
      if (forewordNotice.test(block.text)) facts.mayInvolve = true;
      if (introductionNotice.test(block.text)) facts.any = true;
    }
  });
  return facts;
});

export const forewordPatentNotice: DocumentLintRule = {
  id: 'foreword-patent-notice',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.3, 附录D',
  description: {
    zh: `前言说明文件可能涉及专利（“${forewordPatentSentence}”），已识别出专利时在引言中说明。`,
    en: 'The foreword says the document may involve patents, or the introduction names the patents identified.',
  },
  checkDocument(context) {
    const foreword = context.sections.find((section) => section.index.kind === 'foreword');
    if (!foreword) return [];
    const introduction = context.sections.find((section) => section.index.kind === 'introduction');
    if (mentionsPatents(foreword.index).mayInvolve || (introduction && mentionsPatents(introduction.index).any)) return [];
    return [
      findingAt(
        foreword,
        `前言缺少专利说明；未识别出专利时应写：“${forewordPatentSentence}”，已识别出专利时应在引言中说明。`,
        `The foreword has no patent notice; while no patent is identified write "${forewordPatentSentence}", and name identified patents in the introduction.`,
      ),
    ];
  },
};
