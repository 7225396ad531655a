import type { JSONContent } from '@tiptap/core';
import { createSampleStandardJson } from '../../../../helpers/sample-standard';
import { replaceNodeWithId, replaceTopLevel } from '../../../../helpers/edit-standard-json';
import { annex, bibliography, clause, crossReference, figure, footnote, formula, paragraph, referenceEntry, tableBlock } from '../../../../helpers/standard-builder';
import type { RuleCase } from './rule-case';

const sample = createSampleStandardJson();

function withNode(id: string, replacement: JSONContent): JSONContent {
  return replaceNodeWithId(sample, id, () => [replacement]);
}

const bibliographyOfSample = bibliography(referenceEntry('reference-vocabulary', 'GB/T 20000.1—2014', '标准化工作指南　第1部分：标准化和相关活动的通用术语'));

/** The sample with a second annex B, then 参考文献. */
function withSecondAnnex(annexB: JSONContent): JSONContent {
  return replaceTopLevel(sample, 'bibliography', [annexB, bibliographyOfSample]);
}

export const captionCases: RuleCase[] = [
  {
    ruleId: 'annex-title-present',
    fails: 'annex A has no title',
    failing: withNode('annex-measurement', annex({ id: 'annex-measurement', title: '' }, paragraph('测量结果记入', crossReference('table-record'), '。'), tableBlock({ id: 'table-record', title: '测量记录' }))),
    targetId: 'annex-measurement',
    passes: 'annex A has its title',
    passing: sample,
  },
  {
    ruleId: 'annex-is-referenced',
    fails: 'annex B is never referred to, only from within itself',
    failing: withSecondAnnex(annex({ id: 'annex-unreferenced', title: '计算示例' }, paragraph('本附录给出计算示例，见附录B的说明。'))),
    targetId: 'annex-unreferenced',
    messageQuotes: { zh: '附录B', en: 'Annex B' },
    passes: 'annex B is referred to by its typed name from the body',
    passing: replaceNodeWithId(withSecondAnnex(annex({ id: 'annex-example', title: '计算示例' }, paragraph('本附录给出计算示例。'))), 'clause-calculation', (calculation) => [
      { ...calculation, content: [...(calculation.content ?? []), paragraph('计算示例见附录B。')] },
    ]),
  },
  {
    ruleId: 'table-title-present',
    fails: 'table 1 has no title',
    failing: withNode('table-dimensions', tableBlock({ id: 'table-dimensions', title: '' })),
    targetId: 'table-dimensions',
    passes: 'every table has a title',
    passing: sample,
  },
  {
    ruleId: 'table-is-referenced',
    fails: 'table 1 is not referred to',
    failing: replaceNodeWithId(sample, 'clause-dimensions', (dimensions) => [
      { ...dimensions, content: (dimensions.content ?? []).map((child, index) => (index === 1 ? paragraph('产品尺寸应符合下列规定。') : child)) },
    ]),
    targetId: 'table-dimensions',
    messageQuotes: { zh: '表1', en: 'Table 1' },
    passes: 'table 1 is referred to by its typed label',
    passing: replaceNodeWithId(sample, 'clause-dimensions', (dimensions) => [
      { ...dimensions, content: (dimensions.content ?? []).map((child, index) => (index === 1 ? paragraph('产品尺寸应符合表1的规定。') : child)) },
    ]),
  },
  {
    ruleId: 'figure-title-present',
    fails: 'figure 1 has no title',
    failing: withNode('figure-flow', figure({ id: 'figure-flow', title: '' })),
    targetId: 'figure-flow',
    passes: 'every figure has a title',
    passing: sample,
  },
  {
    ruleId: 'figure-has-image',
    fails: 'figure 1 has no image yet',
    failing: withNode('figure-flow', figure({ id: 'figure-flow', title: '试验流程', imageId: '' })),
    targetId: 'figure-flow',
    passes: 'every figure has an image',
    passing: sample,
  },
  {
    ruleId: 'figure-is-referenced',
    fails: 'figure 1 is not referred to',
    failing: withNode('clause-calculation', clause('clause-calculation', '计算', paragraph('合格率按', crossReference('formula-rate'), '计算。'), formula('formula-rate', 'P = n / N × 100\\%'), figure({ id: 'figure-flow', title: '试验流程' }))),
    targetId: 'figure-flow',
    passes: 'figure 1 is referred to with a cross-reference',
    passing: sample,
  },
  {
    ruleId: 'formula-has-content',
    fails: 'formula (1) is empty',
    failing: withNode('formula-rate', formula('formula-rate', '')),
    targetId: 'formula-rate',
    messageQuotes: '(1)',
    passes: 'every formula has content',
    passing: sample,
  },
  {
    ruleId: 'formula-parses',
    fails: 'formula (1) has a fraction left open',
    failing: withNode('formula-rate', formula('formula-rate', 'P = \\frac{n}{')),
    targetId: 'formula-rate',
    messageQuotes: '(1)',
    passes: 'every formula is TeX that typesets',
    passing: sample,
  },
  {
    ruleId: 'formula-parses',
    fails: 'formula (1) has a bare % that TeX reads as a comment, hiding the rest of the line',
    failing: withNode('formula-rate', formula('formula-rate', 'P = n / N × 100% + c')),
    targetId: 'formula-rate',
    messageQuotes: { zh: '\\%', en: '\\%' },
    passes: 'the percent sign is written \\%',
    passing: sample,
  },
  {
    ruleId: 'footnote-has-text',
    fails: 'a footnote is empty',
    failing: withNode('clause-appearance', clause('clause-appearance', '外观', paragraph('包装标志应符合', crossReference('reference-packaging'), '的规定', footnote(''), '。'))),
    targetId: 'clause-appearance',
    messageQuotes: '1)',
    passes: 'every footnote has text',
    passing: sample,
  },
];
