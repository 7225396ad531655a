import { forewordStandardSentence, normativeReferencesLeadIn } from '../../../../../shared/document/skeleton';
import {
  clause,
  footnote,
  foreword,
  introduction,
  minimalStandard,
  normativeReferencesChapter,
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

function withScope(scopeText: string) {
  return standardDocument(foreword(forewordStandardSentence), scopeChapter('chapter-scope', scopeText), normativeReferencesChapter(), termsChapter(), clause('chapter-requirements', '要求', text));
}

function withTerm(definition: Array<string | ReturnType<typeof footnote>>) {
  return standardDocument(
    foreword(forewordStandardSentence),
    scopeChapter(),
    normativeReferencesChapter(),
    termsChapter([termEntry({ id: 'term-group-standard', chinese: '团体标准', english: 'group standard', definition })]),
    clause('chapter-requirements', '要求', paragraph('团体标准应公开。')),
  );
}

/** The rules GB/T 1.1-2020 asks for that the checker lacked (issue 18), each with a failing and a passing sample. */
export const provisionCases: RuleCase[] = [
  {
    ruleId: 'scope-has-no-requirements',
    fails: 'the scope tells users what they shall do',
    failing: withScope('本文件适用于电动机，使用者应遵守本文件。'),
    targetId: 'chapter-scope',
    messageQuotes: '应',
    passes: 'the scope says what the document specifies and where it applies',
    passing: withScope('本文件规定了电动机的技术要求。本文件适用于电动机的检验。'),
  },
  {
    ruleId: 'forbidden-provision-alternatives',
    fails: 'a requirement uses 必须 and a prohibition 禁止',
    failing: minimalStandard(clause('chapter-requirements', '要求', paragraph('产品必须标注型号，禁止使用再生料。'))),
    targetId: 'chapter-requirements',
    messageQuotes: '必须',
    passes: 'the same provisions use 应 and 不应, and 必不可少 is no prohibition',
    passing: minimalStandard(clause('chapter-requirements', '要求', paragraph('产品应标注型号，不应使用再生料。型号是必不可少的标志。'))),
  },
  {
    ruleId: 'forbidden-provision-alternatives',
    fails: 'a prohibition uses 不得',
    failing: minimalStandard(clause('chapter-requirements', '要求', paragraph('包装不得破损。'))),
    targetId: 'chapter-requirements',
    messageQuotes: { zh: '不应', en: '不应' },
    passes: 'a cited document title with 禁止 in the reference list is not a provision of this document',
    passing: standardDocument(
      foreword(forewordStandardSentence),
      scopeChapter(),
      clause('chapter-references', '规范性引用文件', paragraph(normativeReferencesLeadIn), referenceEntry('reference-ban', 'GB/T 9999', '禁止标志')),
      termsChapter(),
      clause('chapter-requirements', '要求', paragraph('标志应符合GB/T 9999的规定。')),
    ),
  },
  {
    ruleId: 'this-document-wording',
    fails: 'the scope says 本标准',
    failing: withScope('本标准规定了电动机的技术要求。'),
    targetId: 'chapter-scope',
    messageQuotes: '本标准',
    passes: 'the document calls itself 本文件',
    passing: withScope('本文件规定了电动机的技术要求。'),
  },
  {
    ruleId: 'vague-wording-in-provision',
    fails: 'a requirement holds 原则上',
    failing: minimalStandard(clause('chapter-requirements', '要求', paragraph('噪声原则上应不大于50 dB。'))),
    targetId: 'chapter-requirements',
    messageQuotes: '原则上',
    passes: 'the requirement is exact, and 相对湿度 is not vague',
    passing: minimalStandard(clause('chapter-requirements', '要求', paragraph('噪声应不大于50 dB，相对湿度应不大于80%。'))),
  },
  {
    ruleId: 'normative-references-not-subdivided',
    fails: 'chapter 2 is divided into clauses',
    failing: standardDocument(
      foreword(forewordStandardSentence),
      scopeChapter(),
      clause(
        'chapter-references',
        '规范性引用文件',
        paragraph(normativeReferencesLeadIn),
        clause('references-national', '国家标准', referenceEntry('reference-a', 'GB/T 191', '包装储运图示标志')),
        clause('references-group', '团体标准', referenceEntry('reference-b', 'T/CAS 1—2020', '团体标准示例')),
      ),
      termsChapter(),
      clause('chapter-requirements', '要求', paragraph('包装应符合GB/T 191和T/CAS 1—2020的规定。')),
    ),
    targetId: 'chapter-references',
    passes: 'chapter 2 lists its documents directly',
    passing: standardDocument(
      foreword(forewordStandardSentence),
      scopeChapter(),
      normativeReferencesChapter([referenceEntry('reference-a', 'GB/T 191', '包装储运图示标志')]),
      termsChapter(),
      clause('chapter-requirements', '要求', paragraph('包装应符合GB/T 191的规定。')),
    ),
  },
  {
    ruleId: 'no-footnote-in-term-entry',
    fails: 'a definition carries a footnote',
    failing: withTerm(['由团体制定的标准', footnote('见《团体标准管理规定》。')]),
    targetId: 'term-group-standard',
    passes: 'the term entry has no footnote',
    passing: withTerm(['由团体制定的标准']),
  },
  {
    ruleId: 'table-has-header-row',
    fails: 'the first row of a table is made of ordinary cells',
    failing: minimalStandard(
      clause('chapter-requirements', '要求', paragraph('尺寸见表1。'), {
        type: 'tableBlock',
        attrs: { id: 'table-plain' },
        content: [
          { type: 'tableTitle', content: [{ type: 'text', text: '尺寸' }] },
          {
            type: 'table',
            content: [
              { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('长度')] }, { type: 'tableCell', content: [paragraph('10 mm')] }] },
              { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('宽度')] }, { type: 'tableCell', content: [paragraph('5 mm')] }] },
            ],
          },
        ],
      }),
    ),
    targetId: 'table-plain',
    messageQuotes: { zh: '表1', en: 'Table 1' },
    passes: 'the first row is the header row',
    passing: minimalStandard(clause('chapter-requirements', '要求', paragraph('尺寸见表1。'), tableBlock({ id: 'table-size', title: '尺寸' }))),
  },
  {
    ruleId: 'untitled-clause-not-subdivided',
    fails: 'an untitled clause 4.1 has clauses 4.1.1 and 4.1.2',
    failing: minimalStandard(
      clause(
        'chapter-requirements',
        '要求',
        clause('clause-untitled', '', clause('clause-deep-1', '长度', text), clause('clause-deep-2', '宽度', text)),
        clause('clause-untitled-2', '', text),
      ),
    ),
    targetId: 'clause-untitled',
    passes: 'untitled clauses hold text only',
    passing: minimalStandard(clause('chapter-requirements', '要求', clause('clause-untitled', '', text), clause('clause-untitled-2', '', text))),
  },
  {
    ruleId: 'no-requirement-wording-in-foreword',
    fails: 'the foreword grants a permission with 可',
    failing: standardDocument(foreword(forewordStandardSentence, '使用者可根据需要选用附录中的方法。'), scopeChapter(), normativeReferencesChapter(), termsChapter()),
    targetId: null,
    messageQuotes: '可',
    passes: 'the foreword states that the document may involve patents with 可能, which is no permission',
    passing: standardDocument(foreword(forewordStandardSentence, '请注意本文件的某些内容可能涉及专利。'), scopeChapter(), normativeReferencesChapter(), termsChapter()),
  },
  {
    ruleId: 'no-requirement-wording-in-introduction',
    fails: 'the introduction requires something',
    failing: standardDocument(foreword(forewordStandardSentence), introduction('使用者应与相关标准配合使用本文件。'), scopeChapter(), normativeReferencesChapter(), termsChapter()),
    targetId: null,
    messageQuotes: '应',
    passes: 'the introduction recommends and permits, which 8.4 allows',
    passing: standardDocument(foreword(forewordStandardSentence), introduction('本文件宜与相关标准配合使用，也可单独使用。'), scopeChapter(), normativeReferencesChapter(), termsChapter()),
  },
  {
    ruleId: 'note-is-not-requirement',
    fails: 'a footnote to the text states a requirement',
    failing: minimalStandard(clause('chapter-requirements', '要求', paragraph('产品应标注型号', footnote('型号应使用大写字母。'), '。'))),
    targetId: 'chapter-requirements',
    messageQuotes: '应',
    passes: 'the footnote only informs',
    passing: minimalStandard(clause('chapter-requirements', '要求', paragraph('产品应标注型号', footnote('型号由制造商确定。'), '。'))),
  },
];
