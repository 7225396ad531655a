import type { JSONContent } from '@tiptap/core';
import { createSampleStandardJson } from '../../../../helpers/sample-standard';
import { replaceNodeWithId } from '../../../../helpers/edit-standard-json';
import { clause, crossReference, footnote, note, paragraph, referenceEntry } from '../../../../helpers/standard-builder';
import type { RuleCase } from './rule-case';

const sample = createSampleStandardJson();

/** The sample with these paragraphs in place of 4.1's body. */
function withGeneralRequirements(...body: JSONContent[]): JSONContent {
  return replaceNodeWithId(sample, 'clause-general', () => [clause('clause-general', '一般要求', paragraph('团体标准的起草人应具备相关专业知识。'), ...body)]);
}

/** The sample with one more normative reference after GB/T 191. */
function withExtraReference(entry: JSONContent): JSONContent {
  return replaceNodeWithId(sample, 'reference-packaging', (packaging) => [packaging, entry]);
}

export const referenceCases: RuleCase[] = [
  {
    ruleId: 'cross-reference-resolves',
    fails: 'a cross-reference points at a deleted clause',
    failing: withGeneralRequirements(paragraph('样品的抽取应符合GB/T 2828.1—2012的规定，并见', crossReference('clause-deleted'), '。')),
    targetId: 'clause-general',
    passes: 'every cross-reference finds its target',
    passing: sample,
  },
  {
    ruleId: 'cross-reference-resolves',
    fails: 'a cross-reference points at a note, which has no number to show',
    failing: withGeneralRequirements(paragraph('样品的抽取应符合GB/T 2828.1—2012的规定，并见', crossReference('note-dimensions'), '。')),
    targetId: 'clause-general',
    passes: 'cross-references to tables, figures, formulas, annexes and documents resolve',
    passing: sample,
  },
  {
    ruleId: 'cited-document-listed',
    fails: 'the text cites a standard listed nowhere',
    failing: withGeneralRequirements(paragraph('样品的抽取应符合GB/T 2828.1—2012的规定，标志应符合GB/T 9999—2020的规定。')),
    targetId: 'clause-general',
    messageQuotes: 'GB/T 9999—2020',
    passes: 'undated citations of listed documents, parts of a document listed with 所有部分, and the foreword sentence are fine',
    passing: replaceNodeWithId(
      withGeneralRequirements(paragraph('样品的抽取应符合GB/T 2828.1的规定，编写应符合GB/T 20001.10的规定。')),
      'reference-packaging',
      (packaging) => [packaging, referenceEntry('reference-all-parts', 'GB/T 20001（所有部分）', '标准起草规则')],
    ),
  },
  {
    ruleId: 'cited-document-listed',
    fails: 'a footnote cites a group standard listed nowhere',
    failing: withGeneralRequirements(paragraph('样品的抽取应符合GB/T 2828.1—2012的规定', footnote('参见T/CAS 290—2017。'), '。')),
    targetId: 'clause-general',
    messageQuotes: 'T/CAS 290—2017',
    passes: 'the document is listed in 参考文献',
    passing: replaceNodeWithId(
      withGeneralRequirements(paragraph('样品的抽取应符合GB/T 2828.1—2012的规定', footnote('参见T/CAS 290—2017。'), '。')),
      'reference-vocabulary',
      (vocabulary) => [vocabulary, referenceEntry('reference-group', 'T/CAS 290—2017', '团体标准示例')],
    ),
  },
  {
    ruleId: 'listed-document-cited',
    fails: 'a normative reference is never cited',
    failing: withExtraReference(referenceEntry('reference-uncited', 'GB/T 6388—1986', '运输包装收发货标志')),
    targetId: 'reference-uncited',
    messageQuotes: 'GB/T 6388—1986',
    passes: 'one reference is cited by text, the other by a cross-reference',
    passing: sample,
  },
  {
    ruleId: 'listed-document-cited',
    fails: 'a reference is only mentioned in 前言, which does not cite',
    failing: replaceNodeWithId(sample, 'reference-packaging', () => [referenceEntry('reference-drafting', 'GB/T 1.1—2020', '标准化工作导则　第1部分：标准化文件的结构和起草规则')]),
    targetId: 'reference-drafting',
    passes: 'the reference is cited in a note of the body',
    passing: replaceNodeWithId(
      replaceNodeWithId(sample, 'reference-packaging', () => [referenceEntry('reference-drafting', 'GB/T 1.1—2020', '标准化工作导则　第1部分：标准化文件的结构和起草规则')]),
      'clause-appearance',
      () => [clause('clause-appearance', '外观', paragraph('文本编排见GB/T 1.1—2020。'))],
    ),
  },
  {
    ruleId: 'duplicate-reference',
    fails: 'the bibliography repeats a normative reference',
    failing: replaceNodeWithId(sample, 'reference-vocabulary', (vocabulary) => [vocabulary, referenceEntry('reference-repeated', 'GB/T 2828.1', '计数抽样检验程序')]),
    targetId: 'reference-repeated',
    messageQuotes: 'GB/T 2828.1',
    passes: 'each document is listed once',
    passing: sample,
  },
  {
    ruleId: 'reference-entry-placement',
    fails: 'a reference entry stands in a note-free body clause',
    failing: withGeneralRequirements(referenceEntry('reference-misplaced', 'GB/T 2828.1—2012', '计数抽样检验程序')),
    targetId: 'reference-misplaced',
    passes: 'entries stand in chapter 2 and 参考文献',
    passing: sample,
  },
  {
    ruleId: 'reference-has-document-number',
    fails: 'a normative reference has no number',
    failing: withExtraReference(referenceEntry('reference-unnumbered', '', '包装设计手册')),
    targetId: 'reference-unnumbered',
    messageQuotes: '包装设计手册',
    passes: 'a book without number is fine in 参考文献',
    passing: replaceNodeWithId(sample, 'reference-vocabulary', (vocabulary) => [vocabulary, referenceEntry('reference-book', '', '包装设计手册')]),
  },
  {
    ruleId: 'unique-stable-ids',
    fails: 'two notes share an id',
    failing: replaceNodeWithId(sample, 'note-dimensions', (original) => [original, note('note-dimensions', '尺寸为公称尺寸。')]),
    targetId: 'note-dimensions',
    passes: 'every id is unique',
    passing: sample,
  },
];
