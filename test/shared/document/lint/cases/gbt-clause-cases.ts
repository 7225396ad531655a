import { forewordStandardSentence, normativeReferencesLeadIn } from '../../../../../shared/document/skeleton';
import {
  annex,
  bibliography,
  bulletList,
  clause,
  cover,
  example,
  foreword,
  formula,
  formulaExplanation,
  minimalStandard,
  normativeReferencesChapter,
  orderedList,
  paragraph,
  referenceEntry,
  scopeChapter,
  standardDocument,
  tableBlock,
  termEntry,
  termsChapter,
} from '../../../../helpers/standard-builder';
import type { RuleCase } from './rule-case';

const text = paragraph('产品应符合本章的规定。');

function withReferences(entries: ReturnType<typeof referenceEntry>[], requirement: string, bibliographyEntries: ReturnType<typeof referenceEntry>[] = []) {
  return standardDocument(
    foreword(forewordStandardSentence),
    scopeChapter(),
    entries.length > 0 ? clause('chapter-references', '规范性引用文件', paragraph(normativeReferencesLeadIn), ...entries) : normativeReferencesChapter(),
    termsChapter(),
    clause('chapter-requirements', '要求', paragraph(requirement)),
    ...(bibliographyEntries.length > 0 ? [bibliography(...bibliographyEntries)] : []),
  );
}

const completeCover = { titleChinese: '智能水表', titleEnglish: 'Smart water meters', icsCode: '91.140.60', ccsCode: 'P 41', bodyCode: 'CWA', draftLabel: '征求意见稿' };

function withTermSource(source: string) {
  return standardDocument(
    foreword(forewordStandardSentence),
    scopeChapter(),
    normativeReferencesChapter(),
    termsChapter([termEntry({ id: 'term-group-standard', chinese: '团体标准', english: 'group standard', definition: '由团体制定的标准', source })]),
    clause('chapter-requirements', '要求', paragraph('团体标准应公开。')),
  );
}

/** More of GB/T 1.1-2020, clause by clause (issue 18), each rule with a failing and a passing sample. */
export const gbtClauseCases: RuleCase[] = [
  {
    ruleId: 'foreword-content-order',
    fails: 'who proposed the document comes before the patent notice',
    failing: standardDocument(foreword(forewordStandardSentence, '本文件由中国城镇供水排水协会提出。', '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。'), scopeChapter(), normativeReferencesChapter(), termsChapter()),
    targetId: null,
    messageQuotes: { zh: '专利说明', en: 'patent notice' },
    passes: 'the contents follow 8.3',
    passing: standardDocument(
      foreword(forewordStandardSentence, '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。', '本文件由中国城镇供水排水协会提出并归口。', '本文件起草单位：甲公司。', '本文件主要起草人：张三。'),
      scopeChapter(),
      normativeReferencesChapter(),
      termsChapter(),
    ),
  },
  {
    ruleId: 'technical-chapter-present',
    fails: 'the document stops after 术语和定义',
    failing: standardDocument(foreword(forewordStandardSentence), scopeChapter(), normativeReferencesChapter(), termsChapter()),
    targetId: null,
    passes: 'a chapter of requirements follows',
    passing: minimalStandard(clause('chapter-requirements', '要求', text)),
  },
  {
    ruleId: 'general-clause-first',
    fails: '总则 is the second clause',
    failing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-size', '尺寸', text), clause('clause-general', '总则', text))),
    targetId: 'clause-general',
    messageQuotes: '总则',
    passes: '总则 comes first',
    passing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-general', '总则', text), clause('clause-size', '尺寸', text))),
  },
  {
    ruleId: 'table-cell-content',
    fails: 'a cell says 同上',
    failing: minimalStandard(
      clause('chapter-requirements', '要求', paragraph('尺寸见表1。'), tableBlock({ id: 'table-ditto', title: '尺寸', rows: [['项目', '要求'], ['长度', '10 mm'], ['宽度', '同上']] })),
    ),
    targetId: 'table-ditto',
    messageQuotes: '同上',
    passes: 'every cell holds its content, "—" where there is none',
    passing: minimalStandard(
      clause('chapter-requirements', '要求', paragraph('尺寸见表1。'), tableBlock({ id: 'table-ditto', title: '尺寸', rows: [['项目', '要求'], ['长度', '10 mm'], ['宽度', '—']] })),
    ),
  },
  {
    ruleId: 'table-cell-content',
    fails: 'a cell is left blank',
    failing: minimalStandard(
      clause('chapter-requirements', '要求', paragraph('尺寸见表1。'), tableBlock({ id: 'table-blank', title: '尺寸', rows: [['项目', '要求'], ['长度', '10 mm'], ['宽度', '']] })),
    ),
    targetId: 'table-blank',
    passes: 'the header corner may stay blank',
    passing: minimalStandard(
      clause('chapter-requirements', '要求', paragraph('尺寸见表1。'), tableBlock({ id: 'table-blank', title: '尺寸', rows: [['', '要求'], ['长度', '10 mm']] })),
    ),
  },
  {
    ruleId: 'example-is-not-a-clause',
    fails: 'a clause is titled 示例',
    failing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-marking', '标志', text), clause('clause-example', '示例', paragraph('型号标志为“A-100”。')))),
    targetId: 'clause-example',
    passes: 'the example is an example element',
    passing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-marking', '标志', text, example('example-marking', '型号标志为“A-100”。')), clause('clause-size', '尺寸', text))),
  },
  {
    ruleId: 'no-page-numbers',
    fails: 'the text points at a page',
    failing: minimalStandard(clause('chapter-requirements', '要求', paragraph('试验条件见第12页。'))),
    targetId: 'chapter-requirements',
    messageQuotes: '第12页',
    passes: 'the text points at a clause',
    passing: minimalStandard(clause('chapter-requirements', '要求', paragraph('试验条件见4.2。'))),
  },
  {
    ruleId: 'annex-has-no-scope-or-terms',
    fails: 'an annex has a clause 范围',
    failing: minimalStandard(clause('chapter-requirements', '要求', paragraph('试验方法见附录A。')), annex({ id: 'annex-a', title: '试验方法' }, clause('annex-scope', '范围', paragraph('本附录规定了试验方法。')), clause('annex-steps', '步骤', text))),
    targetId: 'annex-scope',
    messageQuotes: '范围',
    passes: 'the annex starts with its own subject',
    passing: minimalStandard(clause('chapter-requirements', '要求', paragraph('试验方法见附录A。')), annex({ id: 'annex-a', title: '试验方法' }, clause('annex-apparatus', '仪器', text), clause('annex-steps', '步骤', text))),
  },
  {
    ruleId: 'list-depth',
    fails: 'a list goes three levels deep',
    failing: minimalStandard(
      clause('chapter-requirements', '要求', paragraph('包装包括：'), bulletList([paragraph('外包装：'), bulletList([paragraph('纸箱：'), bulletList('瓦楞纸箱；', '蜂窝纸箱。')])], '内包装。')),
    ),
    targetId: 'chapter-requirements',
    passes: 'a list of two levels',
    passing: minimalStandard(clause('chapter-requirements', '要求', paragraph('检验分为：'), orderedList([[paragraph('型式检验：'), orderedList(['首次检验；', '定期检验。'])], '出厂检验。']))),
  },
  {
    ruleId: 'cover-fields-present',
    fails: 'the cover of a draft has no ICS or CCS code',
    failing: standardDocument(cover({ titleChinese: '智能水表', titleEnglish: 'Smart water meters', bodyCode: 'CWA', draftLabel: '征求意见稿' }), foreword(forewordStandardSentence), scopeChapter(), normativeReferencesChapter(), termsChapter()),
    targetId: null,
    messageQuotes: { zh: 'ICS号', en: 'ICS code' },
    passes: 'a draft has its title and codes; the number and dates come at approval',
    passing: standardDocument(cover(completeCover), foreword(forewordStandardSentence), scopeChapter(), normativeReferencesChapter(), termsChapter()),
  },
  {
    ruleId: 'reference-list-order',
    fails: 'a group standard is listed before a national one',
    failing: withReferences([referenceEntry('reference-group', 'T/CAS 1—2020', '团体标准示例'), referenceEntry('reference-national', 'GB/T 191', '包装储运图示标志')], '包装应符合GB/T 191和T/CAS 1—2020的规定。'),
    targetId: 'reference-national',
    messageQuotes: 'GB/T 191',
    passes: 'national standards come first, by number, then group standards',
    passing: withReferences(
      [referenceEntry('reference-national', 'GB/T 191', '包装储运图示标志'), referenceEntry('reference-sampling', 'GB/T 2828.1—2012', '计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划'), referenceEntry('reference-group', 'T/CAS 1—2020', '团体标准示例')],
      '包装应符合GB/T 191和T/CAS 1—2020的规定，抽样应符合GB/T 2828.1—2012的规定。',
    ),
  },
  {
    ruleId: 'dated-reference-to-specific-part',
    fails: 'a clause of an undated document is cited',
    failing: withReferences([referenceEntry('reference-sampling', 'GB/T 2828.1', '计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划')], '抽样应符合GB/T 2828.1中5.2的规定。'),
    targetId: 'chapter-requirements',
    messageQuotes: 'GB/T 2828.1',
    passes: 'the entry is dated',
    passing: withReferences([referenceEntry('reference-sampling', 'GB/T 2828.1—2012', '计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划')], '抽样应符合GB/T 2828.1—2012中5.2的规定。'),
  },
  {
    ruleId: 'normative-citation-in-chapter-two',
    fails: 'a requirement cites a document listed only in 参考文献',
    failing: withReferences([], '术语应符合GB/T 20000.1—2014的规定。', [referenceEntry('reference-vocabulary', 'GB/T 20000.1—2014', '标准化工作指南　第1部分：标准化和相关活动的通用术语')]),
    targetId: 'chapter-requirements',
    messageQuotes: 'GB/T 20000.1—2014',
    passes: 'the same document is mentioned for information only',
    passing: withReferences([], '术语的来源参见GB/T 20000.1—2014。', [referenceEntry('reference-vocabulary', 'GB/T 20000.1—2014', '标准化工作指南　第1部分：标准化和相关活动的通用术语')]),
  },
  {
    ruleId: 'reference-has-title',
    fails: 'a normative reference has a number but no title',
    failing: withReferences([referenceEntry('reference-untitled', 'GB/T 191', '')], '包装应符合GB/T 191的规定。'),
    targetId: 'reference-untitled',
    messageQuotes: 'GB/T 191',
    passes: 'the entry has its title',
    passing: withReferences([referenceEntry('reference-untitled', 'GB/T 191', '包装储运图示标志')], '包装应符合GB/T 191的规定。'),
  },
  {
    ruleId: 'no-laws-in-normative-references',
    fails: 'a law is listed in chapter 2',
    failing: withReferences([referenceEntry('reference-law', '', '中华人民共和国标准化法')], '标志应清晰。'),
    targetId: 'reference-law',
    messageQuotes: '中华人民共和国标准化法',
    passes: 'only standards are listed',
    passing: withReferences([referenceEntry('reference-national', 'GB/T 191', '包装储运图示标志')], '包装应符合GB/T 191的规定。'),
  },
  {
    ruleId: 'term-source-form',
    fails: 'the source has 来源 typed in brackets',
    failing: withTermSource('〔来源：GB/T 20000.1—2014，2.3.1〕'),
    targetId: 'term-group-standard',
    passes: 'the source names the document and the clause',
    passing: withTermSource('GB/T 20000.1—2014，2.3.1，有修改'),
  },
  {
    ruleId: 'term-source-form',
    fails: 'the source does not start with a document number',
    failing: withTermSource('团体标准管理规定'),
    targetId: 'term-group-standard',
    messageQuotes: '团体标准管理规定',
    passes: 'the source starts with a document number',
    passing: withTermSource('GB/T 20000.1—2014，2.3.1'),
  },
  {
    ruleId: 'informative-pointer-wording',
    fails: 'a requirement says 应见',
    failing: minimalStandard(clause('chapter-requirements', '要求', paragraph('尺寸应见表1。'), tableBlock({ id: 'table-size', title: '尺寸' }))),
    targetId: 'chapter-requirements',
    messageQuotes: '应见',
    passes: 'the requirement says 应符合 and the pointer says 见',
    passing: minimalStandard(clause('chapter-requirements', '要求', paragraph('尺寸应符合表1的规定，测量方法见附录A。'), tableBlock({ id: 'table-size', title: '尺寸' })), annex({ id: 'annex-a', title: '测量方法' }, paragraph('用卡尺测量。'))),
  },
  {
    ruleId: 'symbols-lead-in',
    fails: 'the symbols chapter has no lead-in',
    failing: minimalStandard(clause('chapter-symbols', '符号', paragraph('P——功率')), clause('chapter-requirements', '要求', text)),
    targetId: 'chapter-symbols',
    passes: 'it opens with 下列符号适用于本文件。',
    passing: minimalStandard(clause('chapter-symbols', '符号', paragraph('下列符号适用于本文件。'), paragraph('P——功率')), clause('chapter-requirements', '要求', text)),
  },
  {
    ruleId: 'symbols-not-numbered',
    fails: 'the symbols are a numbered list',
    failing: minimalStandard(clause('chapter-symbols', '符号', paragraph('下列符号适用于本文件。'), orderedList(['P——功率', 'U——电压'])), clause('chapter-requirements', '要求', text)),
    targetId: 'chapter-symbols',
    passes: 'one paragraph per symbol',
    passing: minimalStandard(clause('chapter-symbols', '符号', paragraph('下列符号适用于本文件。'), paragraph('P——功率'), paragraph('U——电压')), clause('chapter-requirements', '要求', text)),
  },
  {
    ruleId: 'symbols-in-order',
    fails: 'U comes before P and a Greek letter before a Latin one',
    failing: minimalStandard(clause('chapter-symbols', '符号', paragraph('下列符号适用于本文件。'), paragraph('U——电压'), paragraph('P——功率')), clause('chapter-requirements', '要求', text)),
    targetId: 'chapter-symbols',
    messageQuotes: 'P',
    passes: 'capitals before small letters, Latin before Greek',
    passing: minimalStandard(clause('chapter-symbols', '符号', paragraph('下列符号适用于本文件。'), paragraph('P——功率'), paragraph('p——压力'), paragraph('U——电压'), paragraph('η——效率')), clause('chapter-requirements', '要求', text)),
  },
  {
    ruleId: 'formula-symbols-explained',
    fails: 'a formula with symbols has no 式中',
    failing: minimalStandard(clause('chapter-requirements', '要求', paragraph('功率按式(1)计算。'), formula('formula-power', 'P = U \\times I'))),
    targetId: 'formula-power',
    passes: 'the symbols are explained under it, and a formula of numbers alone needs none',
    passing: minimalStandard(
      clause('chapter-requirements', '要求', paragraph('功率按式(1)计算。'), formula('formula-power', 'P = U \\times I'), formulaExplanation('P——功率；', 'U——电压；', 'I——电流。'), formula('formula-numbers', '2 \\times 3 = 6')),
    ),
  },
];
