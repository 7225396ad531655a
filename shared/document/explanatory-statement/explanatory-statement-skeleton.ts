import type { JSONContent } from '@tiptap/core';
import { stageNamesInChinese } from '../../domain/stages';
import type { ExplanatoryStatementFacts } from './explanatory-statement-facts';

const roleNames = { secretariat: '秘书处', convenor: '召集人', drafter: '起草人', reviewer: '审查专家', observer: '观察员' } as const;

function paragraph(text: string): JSONContent {
  return text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };
}

function clause(id: string, title: string, body: JSONContent[], children: JSONContent[] = []): JSONContent {
  return { type: 'clause', attrs: { id }, content: [{ type: 'clauseTitle', content: [{ type: 'text', text: title }] }, ...body, ...children] };
}

function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** 主要工作过程: one paragraph per stage move, the comment summary and each review's result. */
export function workProcessParagraphs(facts: ExplanatoryStatementFacts): JSONContent[] {
  const paragraphs = facts.stageMoves.map((move) => paragraph(`${chineseDate(move.date)}，标准由${stageNamesInChinese[move.from]}阶段进入${stageNamesInChinese[move.to]}阶段。`));
  if (facts.comments.total > 0) paragraphs.push(paragraph(commentSummary(facts)));
  for (const review of facts.reviews) {
    const how = review.kind === 'meeting' ? '会议审查' : '函审';
    const when = review.date ? `${chineseDate(review.date)}，` : '';
    paragraphs.push(paragraph(`${when}${review.title}（${how}）${review.result ? `：${review.result}。` : '，尚未结束。'}`));
  }
  if (paragraphs.length === 0) paragraphs.push(paragraph('（按阶段写明起草、征求意见、技术审查等工作的时间和内容。）'));
  return paragraphs;
}

export function commentSummary(facts: ExplanatoryStatementFacts): string {
  const { total, organisations, accepted, partiallyAccepted, notAccepted, undecided, withdrawn } = facts.comments;
  const parts = [`采纳${accepted}条`, `部分采纳${partiallyAccepted}条`, `不采纳${notAccepted}条`];
  if (undecided > 0) parts.push(`尚未处理${undecided}条`);
  if (withdrawn > 0) parts.push(`撤回${withdrawn}条`);
  return `征求意见期间共收到${organisations}个单位的意见${total}条，其中${parts.join('，')}，处理情况见《征求意见汇总处理表》。`;
}

/** 主要起草单位和起草人及其分工: the organisations, then each drafter with organisation and role. */
export function draftersParagraphs(facts: ExplanatoryStatementFacts): JSONContent[] {
  const drafting = facts.members.filter((member) => member.role === 'convenor' || member.role === 'drafter');
  const organisations = [...new Set(drafting.map((member) => member.organisation).filter((organisation): organisation is string => !!organisation))];
  const people = drafting.map((member) => `${member.name}${member.organisation ? `（${member.organisation}）` : ''}，${roleNames[member.role]}`);
  return [
    paragraph(organisations.length > 0 ? `主要起草单位：${organisations.join('、')}。` : '主要起草单位：（填写起草单位）。'),
    paragraph(people.length > 0 ? `主要起草人及其分工：${people.join('；')}。` : '主要起草人及其分工：（填写起草人及其分工）。'),
  ];
}

function disagreementParagraph(facts: ExplanatoryStatementFacts): JSONContent {
  if (facts.comments.total === 0) return paragraph('（写明重大分歧意见的处理经过和依据；没有的，写明“无重大分歧意见”。）');
  return paragraph(`征求意见中不采纳的意见${facts.comments.notAccepted}条、部分采纳的意见${facts.comments.partiallyAccepted}条，均已逐条说明理由，见《征求意见汇总处理表》。`);
}

/**
 * The usual chapters of a 编制说明 (domain §8), numbered like any clause, with the facts the product knows filled in
 * as ordinary text: the drafters edit them like the rest.
 */
export function createExplanatoryStatementDocument(generateIdentifier: () => string, facts: ExplanatoryStatementFacts): JSONContent {
  const chapter = (title: string, prompt: string) => clause(generateIdentifier(), title, [paragraph(prompt)]);
  return {
    type: 'doc',
    content: [
      clause(generateIdentifier(), '工作简况', [], [
        clause(generateIdentifier(), '任务来源', [paragraph(`《${facts.title}》由（提出单位）提出，经批准立项。`)]),
        clause(generateIdentifier(), '必要性和意义', [paragraph('（说明制定本标准的必要性和意义。）')]),
        clause(generateIdentifier(), '主要工作过程', workProcessParagraphs(facts)),
        clause(generateIdentifier(), '主要起草单位和起草人及其分工', draftersParagraphs(facts)),
      ]),
      chapter('编制原则和主要内容', '（说明编制原则，各章的主要内容及其依据，如试验、统计数据；修订标准时列出与原标准的主要差异。）'),
      chapter('主要试验（或验证）情况', '（说明主要试验或验证的方法、结果和结论。）'),
      chapter('知识产权', '本文件不涉及专利。（涉及专利的，写明专利信息及专利权人的许可声明。）'),
      chapter('采用国际标准和国外先进标准情况', '（说明采用国际标准和国外先进标准的程度，以及与其水平的对比。）'),
      chapter('与现行法律法规、强制性标准和其他标准的关系', '（说明与现行法律法规、强制性标准和相关标准的协调情况。）'),
      clause(generateIdentifier(), '重大分歧意见的处理经过和依据', [disagreementParagraph(facts)]),
      chapter('实施标准的要求和措施建议', '（提出组织措施、技术措施、过渡办法、实施日期等建议。）'),
      chapter('其他', '（需要说明的其他事项。）'),
    ],
  };
}
