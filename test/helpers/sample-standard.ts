import type { JSONContent } from '@tiptap/core';
import { normativeReferencesLeadIn, termsAndDefinitionsLeadIn } from '../../shared/document/skeleton';
import {
  annex,
  bibliography,
  clause,
  cover,
  crossReference,
  example,
  figure,
  footnote,
  foreword,
  formula,
  formulaExplanation,
  introduction,
  note,
  orderedList,
  paragraph,
  referenceEntry,
  standardDocument,
  standardForeword,
  tableBlock,
  termEntry,
} from './standard-builder';

/** A small standard that follows every rule the checker knows: the baseline each failing sample departs from. */
export function createSampleStandardJson(): JSONContent {
  const [forewordSentence, patentSentence] = standardForeword().content ?? [];
  return standardDocument(
    cover({ titleChinese: '团体标准编写示例', titleEnglish: 'Sample group standard', bodyCode: 'CAS', sequenceNumber: '001', year: '2024', icsCode: '01.120', ccsCode: 'A00' }),
    { ...foreword(), content: [forewordSentence ?? paragraph(), patentSentence ?? paragraph(), paragraph('本文件由中国标准化协会提出并归口。')] },
    introduction('本文件的术语与GB/T 20000.1—2014协调一致。'),
    clause('chapter-scope', '范围', paragraph('本文件规定了团体标准文本的结构和编写方法。')),
    clause(
      'chapter-references',
      '规范性引用文件',
      paragraph(normativeReferencesLeadIn),
      referenceEntry('reference-packaging', 'GB/T 191', '包装储运图示标志'),
      referenceEntry('reference-sampling', 'GB/T 2828.1—2012', '计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划'),
    ),
    clause(
      'chapter-terms',
      '术语和定义',
      paragraph(termsAndDefinitionsLeadIn),
      termEntry({ id: 'term-group-standard', chinese: '团体标准', english: 'group standard', definition: '由团体按照自行制定的标准制定程序制定并发布，供社会自愿采用的标准' }),
      termEntry({ id: 'term-drafter', chinese: '起草人', english: 'drafter', definition: '参与标准起草的人员', notes: [note('note-drafter', '起草人通常来自起草单位。')] }),
    ),
    clause(
      'chapter-requirements',
      '要求',
      clause('clause-general', '一般要求', paragraph('团体标准的起草人应具备相关专业知识。'), paragraph('样品的抽取应符合GB/T 2828.1—2012的规定。')),
      clause(
        'clause-dimensions',
        '尺寸',
        paragraph('产品尺寸应符合', crossReference('table-dimensions'), '的规定。'),
        tableBlock({ id: 'table-dimensions', title: '产品尺寸', notes: [['表中尺寸为公称尺寸。']], footnotes: [['允许偏差为±0.1 mm。']] }),
        note('note-dimensions', ['尺寸的测量方法见', crossReference('annex-measurement'), '。']),
      ),
    ),
    clause(
      'chapter-tests',
      '试验方法',
      clause(
        'clause-appearance',
        '外观',
        paragraph('包装标志应符合', crossReference('reference-packaging'), '的规定。'),
        paragraph('检查下列项目：'),
        orderedList(['标志；', '包装。']),
      ),
      clause(
        'clause-calculation',
        '计算',
        paragraph('合格率按', crossReference('formula-rate'), '计算，试验流程见', crossReference('figure-flow'), '。'),
        formula('formula-rate', 'P = n / N × 100\\%'),
        formulaExplanation('P——合格率；', 'n——合格样品数；', 'N——样品总数。'),
        figure({ id: 'figure-flow', title: '试验流程' }),
        paragraph('测量仪器的分度值为0.02 mm', footnote('可使用游标卡尺。'), '。'),
        example('example-rate', '合格数为98，样本量为100时，合格率为98%。'),
      ),
    ),
    annex(
      { id: 'annex-measurement', title: '尺寸的测量方法', normative: false },
      paragraph('测量结果记入', crossReference('table-record'), '。'),
      tableBlock({ id: 'table-record', title: '测量记录' }),
    ),
    bibliography(referenceEntry('reference-vocabulary', 'GB/T 20000.1—2014', '标准化工作指南　第1部分：标准化和相关活动的通用术语')),
  );
}
