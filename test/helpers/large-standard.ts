import type { JSONContent } from '@tiptap/core';
import { normativeReferencesLeadIn, termsAndDefinitionsLeadIn } from '../../shared/document/skeleton';
import {
  annex,
  bibliography,
  bulletList,
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
  scopeChapter,
  standardDocument,
  standardForeword,
  tableBlock,
  termEntry,
} from './standard-builder';

export interface LargeStandardOptions {
  /** All chapters, 范围, 规范性引用文件 and 术语和定义 included. */
  chapters: number;
  /** Clauses in each technical chapter, in groups of five (a clause and its four sub-clauses). */
  clausesPerChapter: number;
  tables: number;
  terms?: number;
  references?: number;
}

const subjects = ['外壳', '电源模块', '控制单元', '传感器', '连接器', '显示屏', '防护罩', '紧固件'];
const properties = ['耐温性能', '绝缘电阻', '机械强度', '尺寸偏差', '表面质量', '防护等级'];

function termName(index: number): string {
  return `${subjects[index % subjects.length] ?? ''}${properties[Math.floor(index / subjects.length) % properties.length] ?? ''}指标${index + 1}`;
}

function referenceNumber(index: number): string {
  return `GB/T ${10000 + index * 37}.${(index % 3) + 1}—20${10 + (index % 14)}`;
}

function tableRows(seed: number): string[][] {
  const rows = [['项目', '要求', '试验方法', '备注']];
  for (let row = 0; row < 8; row += 1) rows.push([`${subjects[(seed + row) % subjects.length] ?? ''}`, `≥${(seed + row) * 3} mm`, `${5 + (row % 3)}.${row + 1}`, row % 2 === 0 ? '型式检验' : '出厂检验']);
  return rows;
}

/**
 * A long standard (about 150 pages at the default sizes) with everything the checker looks at: terms used in the
 * text, cited and listed references, cross-references to clauses, tables, figures and formulas, notes, examples,
 * lists, footnotes, two annexes and a bibliography. Valid against the schema; ids are deterministic.
 */
export function createLargeStandardJson(options: LargeStandardOptions): JSONContent {
  const termCount = options.terms ?? 40;
  const referenceCount = options.references ?? 12;
  const technicalChapters = Math.max(1, options.chapters - 3);
  const groupsPerChapter = Math.max(2, Math.floor(options.clausesPerChapter / 5));
  const leafCount = technicalChapters * groupsPerChapter * 4;
  const tableEvery = Math.max(1, Math.floor(leafCount / Math.max(1, options.tables)));
  let leafIndex = 0;
  let tablesPlaced = 0;
  let previousLeafId: string | null = null;

  function leafClause(id: string, title: string): JSONContent {
    const index = leafIndex;
    leafIndex += 1;
    const term = termName(index % termCount);
    const reference = referenceNumber(index % referenceCount);
    const body: JSONContent[] = [
      paragraph(`${term}应在规定的环境条件下测定，环境温度为(23±2) ℃，相对湿度为45%～75%，测定结果应符合${reference}的规定，并记录试验设备的型号、编号和校准状态。`),
      paragraph(
        `当${subjects[index % subjects.length] ?? ''}经过维修或更换零部件后，应重新测定其${properties[index % properties.length] ?? ''}，测定前样品应在试验环境中放置不少于${2 + (index % 6)} h`,
        ...(previousLeafId === null ? [] : ['，其余要求见', crossReference(previousLeafId)]),
        '。',
      ),
      paragraph(
        `试验中如出现异常情况，应立即停止试验，查明原因并排除故障后重新开始；因试验设备故障导致的中断不计入试验时间，因样品故障导致的中断应在试验报告中说明，并由${term}的评定人员确认是否需要补充样品重新试验。`,
      ),
    ];
    if (index % 3 === 0) body.push(paragraph('检验记录应包括下列内容：'), orderedList(['样品名称和编号；', '试验日期和环境条件；', '试验结果；', '试验人员。']));
    if (index % 4 === 1) body.push(note(`${id}-note`, `${term}的测定结果受环境温度影响较大，测定时通常记录环境温度。`));
    if (index % 7 === 2) body.push(example(`${id}-example`, `样品长度为${100 + index} mm时，允许偏差为±0.5 mm。`));
    if (index % 10 === 5) body.push(paragraph('试验结果按数值修约规则修约', footnote('修约间隔为0.1。'), '。'));
    if (index % 15 === 7) body.push(paragraph('测定值按', crossReference(`${id}-formula`), '计算：'), formula(`${id}-formula`, `R = U / I × ${index + 1}`), formulaExplanation('R——电阻，单位为欧姆（Ω）；', 'U——电压，单位为伏特（V）；', 'I——电流，单位为安培（A）。'));
    if (index % 25 === 11) body.push(paragraph('试验装置见', crossReference(`${id}-figure`), '。'), figure({ id: `${id}-figure`, title: `${term}试验装置示意图` }));
    if (index % tableEvery === 0 && tablesPlaced < options.tables) {
      tablesPlaced += 1;
      body.push(paragraph('各项指标应符合', crossReference(`${id}-table`), '的规定。'), tableBlock({ id: `${id}-table`, title: `${term}技术要求`, rows: tableRows(index), notes: [['表中数值为最小值。']] }));
    }
    previousLeafId = id;
    return clause(id, title, ...body);
  }

  const chapters: JSONContent[] = [];
  for (let chapter = 0; chapter < technicalChapters; chapter += 1) {
    const groups: JSONContent[] = [];
    for (let group = 0; group < groupsPerChapter; group += 1) {
      const groupId = `clause-${chapter}-${group}`;
      const leaves = [0, 1, 2, 3].map((leaf) => leafClause(`${groupId}-${leaf}`, `${properties[(group + leaf) % properties.length] ?? ''}要求${leaf + 1}`));
      groups.push(clause(groupId, `${subjects[(chapter + group) % subjects.length] ?? ''}检验${group + 1}`, ...leaves));
    }
    chapters.push(clause(`chapter-${chapter}`, `${subjects[chapter % subjects.length] ?? ''}技术要求${chapter + 1}`, ...groups));
  }

  const references = Array.from({ length: referenceCount }, (_, index) => referenceEntry(`reference-${index}`, referenceNumber(index), `电工电子产品环境试验\u3000第${index + 1}部分：试验方法`));
  const terms = Array.from({ length: termCount }, (_, index) =>
    termEntry({ id: `term-${index}`, chinese: termName(index), english: `characteristic ${index + 1}`, definition: `表征产品在规定条件下保持其功能的能力的量值${index + 1}` }),
  );

  return standardDocument(
    cover({ titleChinese: '电子设备通用技术要求', titleEnglish: 'General technical requirements for electronic equipment', bodyCode: 'CAS', sequenceNumber: '120', year: '2024', icsCode: '31.020', ccsCode: 'L 10' }),
    { ...foreword('本文件由中国电子学会提出并归口。'), content: [...(standardForeword().content ?? []), paragraph('本文件由中国电子学会提出并归口。')] },
    introduction('电子设备种类繁多，本文件规定其通用技术要求，与GB/T 20000.1—2014协调一致。'),
    scopeChapter('chapter-scope', '本文件规定了电子设备的技术要求、试验方法和检验规则，详细试验数据见附录A，计算示例见附录B。'),
    clause('chapter-references', '规范性引用文件', paragraph(normativeReferencesLeadIn), ...references),
    clause('chapter-terms', '术语和定义', paragraph(termsAndDefinitionsLeadIn), ...terms),
    ...chapters,
    annex(
      { id: 'annex-data', title: '试验数据记录', normative: true },
      clause('annex-data-1', '记录要求', paragraph('试验数据应按下列要求记录：'), bulletList('数据真实；', '记录完整。')),
      clause('annex-data-2', '记录表', paragraph('记录格式见', crossReference('annex-data-table'), '。'), tableBlock({ id: 'annex-data-table', title: '试验数据记录表', rows: tableRows(3) })),
    ),
    annex({ id: 'annex-example', title: '计算示例' }, paragraph('本附录给出绝缘电阻的计算示例。'), formula('annex-example-formula', 'R = U / I'), formulaExplanation('R——绝缘电阻；', 'U——试验电压；', 'I——泄漏电流。')),
    bibliography(referenceEntry('reference-vocabulary', 'GB/T 20000.1—2014', '标准化工作指南　第1部分：标准化和相关活动的通用术语')),
  );
}
