import { normativeReferencesLeadIn } from '../../../../../shared/document/skeleton';
import { createSampleStandardJson } from '../../../../helpers/sample-standard';
import {
  annex,
  clause,
  minimalStandard,
  normativeReferencesChapter,
  note,
  paragraph,
  scopeChapter,
  standardDocument,
  standardForeword,
  termEntry,
  termsChapter,
} from '../../../../helpers/standard-builder';
import type { RuleCase } from './rule-case';

const text = paragraph('产品应符合本章的规定。');

/** Clauses nested `depth` levels below a chapter, each level with a second sibling so only depth matters. */
function nestedClauses(depth: number, prefix: string): ReturnType<typeof clause> {
  let innermost = clause(`${prefix}-${depth + 1}`, `第${depth}层`, text);
  for (let level = depth; level >= 2; level -= 1) {
    innermost = clause(`${prefix}-${level}`, `第${level - 1}层`, innermost, clause(`${prefix}-${level}-sibling`, '其他', text));
  }
  return innermost;
}

export const structureCases: RuleCase[] = [
  {
    ruleId: 'foreword-present',
    fails: 'the standard has no foreword',
    failing: standardDocument(scopeChapter(), normativeReferencesChapter(), termsChapter()),
    targetId: null,
    passes: 'the foreword is there',
    passing: minimalStandard(),
  },
  {
    ruleId: 'required-chapters',
    fails: '规范性引用文件 is missing',
    failing: standardDocument(standardForeword(), scopeChapter(), termsChapter(), clause('chapter-requirements', '要求', text)),
    targetId: 'chapter-terms',
    messageQuotes: '规范性引用文件',
    passes: 'chapters 1 to 3 are 范围, 规范性引用文件, 术语和定义',
    passing: minimalStandard(clause('chapter-requirements', '要求', text)),
  },
  {
    ruleId: 'required-chapters',
    fails: '术语和定义 is chapter 4',
    failing: standardDocument(standardForeword(), scopeChapter(), normativeReferencesChapter(), clause('chapter-general', '总则', text), termsChapter()),
    targetId: 'chapter-terms',
    messageQuotes: '术语和定义',
    passes: '术语和定义 is chapter 3',
    passing: minimalStandard(clause('chapter-general', '总则', text)),
  },
  {
    ruleId: 'scope-chapter-first',
    fails: '范围 is chapter 3',
    failing: standardDocument(standardForeword(), normativeReferencesChapter(), termsChapter(), scopeChapter('chapter-scope')),
    targetId: 'chapter-scope',
    passes: '范围 is chapter 1',
    passing: minimalStandard(),
  },
  {
    ruleId: 'element-order',
    fails: '符号和缩略语 comes after a technical chapter',
    failing: minimalStandard(clause('chapter-requirements', '要求', text), clause('chapter-symbols', '符号和缩略语', text)),
    targetId: 'chapter-symbols',
    passes: '符号和缩略语 comes right after 术语和定义',
    passing: minimalStandard(clause('chapter-symbols', '符号和缩略语', text), clause('chapter-requirements', '要求', text)),
  },
  {
    ruleId: 'element-order',
    fails: '参考文献 is typed as a numbered chapter',
    failing: minimalStandard(clause('chapter-requirements', '要求', text), clause('chapter-bibliography', '参考文献', text)),
    targetId: 'chapter-bibliography',
    messageQuotes: '参考文献',
    passes: 'the bibliography is its own element',
    passing: createSampleStandardJson(),
  },
  {
    ruleId: 'empty-clause-title',
    fails: 'a chapter has no title',
    failing: minimalStandard(clause('chapter-untitled', '', text)),
    targetId: 'chapter-untitled',
    passes: 'every chapter has a title',
    passing: minimalStandard(clause('chapter-requirements', '要求', text)),
  },
  {
    ruleId: 'empty-clause',
    fails: 'a chapter holds only an empty paragraph',
    failing: minimalStandard(clause('chapter-empty', '要求', paragraph())),
    targetId: 'chapter-empty',
    passes: 'the chapter has text',
    passing: minimalStandard(clause('chapter-empty', '要求', text)),
  },
  {
    ruleId: 'hanging-paragraph',
    fails: 'a paragraph stands between the chapter title and its first clause',
    failing: minimalStandard(clause('chapter-requirements', '要求', paragraph('本章规定产品要求。'), clause('clause-general', '一般要求', text), clause('clause-size', '尺寸', text))),
    targetId: 'chapter-requirements',
    passes: 'the text sits in a clause 总则',
    passing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-general', '总则', paragraph('本章规定产品要求。')), clause('clause-size', '尺寸', text))),
  },
  {
    ruleId: 'hanging-paragraph',
    fails: 'a note hangs above the first annex clause',
    failing: minimalStandard(annex({ id: 'annex-a', title: '测量方法' }, note('note-hanging', '测量环境温度为20 ℃。'), clause('annex-clause-1', '仪器', text), clause('annex-clause-2', '步骤', text))),
    targetId: 'note-hanging',
    passes: 'the lead-in of 术语和定义 above grouped terms is allowed',
    passing: standardDocument(
      standardForeword(),
      scopeChapter(),
      normativeReferencesChapter(),
      termsChapter([
        clause('group-general', '通用术语', termEntry({ id: 'term-a', chinese: '标准', english: 'standard', definition: '共同使用和重复使用的文件' })),
        clause('group-special', '专用术语', termEntry({ id: 'term-b', chinese: '团体标准', english: 'group standard', definition: '由团体制定的标准' })),
      ]),
    ),
  },
  {
    ruleId: 'only-child-clause',
    fails: 'chapter 4 has a single clause 4.1',
    failing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-only', '一般要求', text))),
    targetId: 'clause-only',
    passes: 'chapter 4 has 4.1 and 4.2',
    passing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-general', '一般要求', text), clause('clause-size', '尺寸', text))),
  },
  {
    ruleId: 'sibling-titles-consistent',
    fails: '4.1 has a title and 4.2 has none',
    failing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-titled', '一般要求', text), clause('clause-untitled', '', text))),
    targetId: 'clause-untitled',
    passes: 'neither 4.1 nor 4.2 has a title',
    passing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-first', '', text), clause('clause-second', '', text))),
  },
  {
    ruleId: 'clause-depth',
    fails: 'a clause sits six levels below its chapter (4.1.1.1.1.1.1)',
    failing: minimalStandard(clause('chapter-deep', '要求', nestedClauses(6, 'deep'), clause('deep-sibling', '其他', text))),
    targetId: 'deep-7',
    messageQuotes: '4.1.1.1.1.1.1',
    passes: 'clauses stop five levels below the chapter, and an annex may go one level further (A.1.1.1.1.1.1)',
    passing: minimalStandard(
      clause('chapter-deep', '要求', nestedClauses(5, 'deep'), clause('deep-sibling', '其他', text)),
      annex({ id: 'annex-deep', title: '深层' }, nestedClauses(6, 'annex-deep'), clause('annex-deep-sibling', '其他', text)),
    ),
  },
  {
    ruleId: 'title-punctuation',
    fails: 'a chapter title ends with "。"',
    failing: minimalStandard(clause('chapter-requirements', '要求。', text)),
    targetId: 'chapter-requirements',
    messageQuotes: '要求。',
    passes: 'the title ends without punctuation',
    passing: minimalStandard(clause('chapter-requirements', '要求', text)),
  },
  {
    ruleId: 'typed-number',
    fails: 'a clause title starts with a typed number',
    failing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-general', '4.1 一般要求', text), clause('clause-size', '4.2 尺寸', text))),
    targetId: 'clause-general',
    messageQuotes: '4.1',
    passes: 'titles carry no number, and a title like "5G 网络" is not a number',
    passing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-general', '一般要求', text), clause('clause-network', '5G网络', text))),
  },
  {
    ruleId: 'typed-number',
    fails: 'a note starts with a typed "注1："',
    failing: minimalStandard(clause('chapter-requirements', '要求', text, note('note-typed', '注1：尺寸为公称尺寸。'))),
    targetId: 'note-typed',
    messageQuotes: '注1：',
    passes: 'the note text starts with its content',
    passing: minimalStandard(clause('chapter-requirements', '要求', text, note('note-plain', '尺寸为公称尺寸。'))),
  },
  {
    ruleId: 'normative-references-lead-in',
    fails: 'the lead-in is reworded',
    failing: standardDocument(
      standardForeword(),
      scopeChapter(),
      clause('chapter-references', '规范性引用文件', paragraph('下列文件适用于本文件。')),
      termsChapter(),
    ),
    targetId: 'chapter-references',
    messageQuotes: '本文件没有规范性引用文件。',
    passes: 'the lead-in is the fixed one',
    passing: createSampleStandardJson(),
  },
  {
    ruleId: 'normative-references-lead-in-matches-list',
    fails: 'the fixed lead-in stands above an empty list',
    failing: standardDocument(standardForeword(), scopeChapter(), clause('chapter-references', '规范性引用文件', paragraph(normativeReferencesLeadIn)), termsChapter()),
    targetId: 'chapter-references',
    passes: '"本文件没有规范性引用文件。" stands alone',
    passing: minimalStandard(),
  },
];
