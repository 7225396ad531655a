import type { JSONContent } from '@tiptap/core';
import { createSampleStandardJson } from '../../../../helpers/sample-standard';
import { replaceNodeWithId } from '../../../../helpers/edit-standard-json';
import { clause, paragraph, termEntry, type TermEntryOptions } from '../../../../helpers/standard-builder';
import type { RuleCase } from './rule-case';

const sample = createSampleStandardJson();

/** The sample with its first term entry (团体标准, 3.1) replaced. */
function withFirstTerm(options: Partial<TermEntryOptions>): JSONContent {
  return replaceNodeWithId(sample, 'term-group-standard', () => [
    termEntry({ id: 'term-group-standard', chinese: '团体标准', english: 'group standard', definition: '由团体制定的标准', ...options }),
  ]);
}

/** The sample with one more term entry after 3.2. */
function withExtraTerm(entry: JSONContent): JSONContent {
  return replaceNodeWithId(sample, 'term-drafter', (drafter) => [drafter, entry]);
}

/** The sample with its terms grouped: 3.1 通用术语 holds the sample's entries, 3.2 专用术语 the given one. */
function withGroupedTerm(entry: JSONContent): JSONContent {
  return replaceNodeWithId(sample, 'chapter-terms', (chapter) => [
    clause(
      'chapter-terms',
      '术语和定义',
      paragraph('下列术语和定义适用于本文件。'),
      clause('group-general', '通用术语', ...(chapter.content ?? []).filter((child) => child.type === 'termEntry')),
      clause('group-special', '专用术语', entry),
    ),
  ]);
}

export const termCases: RuleCase[] = [
  {
    ruleId: 'term-has-both-languages',
    fails: 'the English equivalent is missing',
    failing: withFirstTerm({ english: '' }),
    targetId: 'term-group-standard',
    passes: 'both languages are given',
    passing: sample,
  },
  {
    ruleId: 'term-has-definition',
    fails: 'the definition is empty',
    failing: withFirstTerm({ definition: '' }),
    targetId: 'term-group-standard',
    messageQuotes: '团体标准',
    passes: 'every entry has a definition',
    passing: sample,
  },
  {
    ruleId: 'definition-style',
    fails: 'the definition opens with 是 and ends with 。',
    failing: withFirstTerm({ definition: '是由团体制定的标准。' }),
    targetId: 'term-group-standard',
    messageQuotes: '是',
    passes: 'the definition can replace the term; "一个或多个" is an ordinary opening',
    passing: withFirstTerm({ definition: '一个或多个团体共同制定的标准' }),
  },
  {
    ruleId: 'definition-has-no-requirement',
    fails: 'the definition holds a requirement',
    failing: withFirstTerm({ definition: '由团体制定且应公开发布的标准' }),
    targetId: 'term-group-standard',
    messageQuotes: '应',
    passes: 'the definition only describes',
    passing: sample,
  },
  {
    ruleId: 'term-is-used',
    fails: 'a term is defined but only its own definition mentions it',
    failing: withExtraTerm(termEntry({ id: 'term-unused', chinese: '评审专家', english: 'reviewer', definition: '参加技术审查的评审专家组成员' })),
    targetId: 'term-unused',
    messageQuotes: '评审专家',
    passes: 'every term is used in the body or in another definition',
    passing: withExtraTerm(termEntry({ id: 'term-procedure', chinese: '标准制定程序', english: 'standard development procedure', definition: '团体制定标准时遵循的步骤' })),
  },
  {
    ruleId: 'term-in-terms-chapter',
    fails: 'a term entry stands in chapter 4',
    failing: replaceNodeWithId(sample, 'clause-general', (general) => [
      { ...general, content: [...(general.content ?? []), termEntry({ id: 'term-misplaced', chinese: '样品', english: 'sample', definition: '用于检验的产品' })] },
    ]),
    targetId: 'term-misplaced',
    passes: 'terms are defined in chapter 3',
    passing: sample,
  },
  {
    ruleId: 'duplicate-term',
    fails: '团体标准 is defined twice',
    failing: withExtraTerm(termEntry({ id: 'term-twice', chinese: '团体标准', english: 'association standard', definition: '社会团体发布的标准' })),
    targetId: 'term-twice',
    messageQuotes: '团体标准',
    passes: 'each term is defined once',
    passing: sample,
  },
  {
    ruleId: 'term-is-used',
    fails: 'grouped terms: a term in 3.2.1 is never used',
    failing: withGroupedTerm(termEntry({ id: 'term-grouped', chinese: '审定稿', english: 'approved draft', definition: '经审查通过的草案' })),
    targetId: 'term-grouped',
    passes: 'grouped terms: the term in 3.2.1 is used in a note to another entry',
    passing: withGroupedTerm(termEntry({ id: 'term-grouped', chinese: '起草单位', english: 'drafting organization', definition: '承担标准起草工作的组织' })),
  },
];
