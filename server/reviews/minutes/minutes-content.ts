import type { MinutesMotion, MinutesPanelMember, ReviewMinutesFacts } from './minutes-facts';
import {
  checkpointWords,
  chineseSectionNumber,
  meetingModeWords,
  minutesDateTime,
  minutesDateTimeOrUnset,
  minutesTitle,
  motionStateWord,
  opinionAnswerWords,
  positionAndTitleWords,
  rollCallVoteWords,
} from './minutes-wording';

export interface MinutesField {
  label: string;
  value: string;
}

export interface MinutesColumn {
  heading: string;
  /** Share of the table width, relative to the other columns. */
  weight: number;
  centered?: boolean;
  monospace?: boolean;
}

export type MinutesBlock =
  | { kind: 'heading'; level: 1 | 2; text: string; startsPage?: boolean }
  | { kind: 'fields'; fields: MinutesField[] }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: MinutesColumn[]; rows: string[][]; leftForSigning?: boolean };

/** The minutes as an ordered list of blocks, so the .docx and the HTML page print the same words in the same order. */
export interface MinutesContent {
  title: string;
  blocks: MinutesBlock[];
}

const listSeparator = '、';

function memberWithOrganisation(member: MinutesPanelMember): string {
  return `${member.displayName}（${member.organisation}）`;
}

function namesOrNone(members: MinutesPanelMember[]): string {
  return members.length === 0 ? '无' : members.map(memberWithOrganisation).join(listSeparator);
}

function basicFields(facts: ReviewMinutesFacts): MinutesField[] {
  const fields: MinutesField[] = [{ label: '标准名称', value: facts.standardTitle }];
  if (facts.standardNumber !== null) fields.push({ label: '标准编号', value: facts.standardNumber });
  fields.push({ label: '审查事项', value: facts.reviewTitle });
  if (facts.kind === 'meeting') {
    fields.push({ label: '会议时间', value: minutesDateTimeOrUnset(facts.startsAt, facts.timeZone) });
    if (facts.mode !== null) fields.push({ label: '会议形式', value: meetingModeWords[facts.mode] });
    if (facts.location !== null) fields.push({ label: '会议地点', value: facts.location });
    if (facts.onlineLink !== null) fields.push({ label: '线上会议链接', value: facts.onlineLink });
  } else {
    fields.push({ label: '函审开始时间', value: minutesDateTimeOrUnset(facts.opensAt, facts.timeZone) });
    fields.push({ label: '函审截止时间', value: minutesDateTimeOrUnset(facts.closesAt, facts.timeZone) });
  }
  fields.push({ label: '表决规则', value: facts.ruleSetName });
  fields.push({ label: '审查专家组组长', value: facts.chair ?? '未指定' });
  return fields;
}

function panelBlocks(facts: ReviewMinutesFacts): MinutesBlock[] {
  const { panel } = facts;
  const ineligible = panel.filter((member) => !member.eligible);
  const fields: MinutesField[] = [];
  let summary: string;
  if (facts.kind === 'meeting') {
    const present = panel.filter((member) => member.present);
    summary = `审查专家组共 ${panel.length} 名专家，出席 ${present.length} 名。`;
    fields.push({ label: '出席专家', value: namesOrNone(present) });
    const absent = panel.filter((member) => !member.present);
    if (absent.length > 0) fields.push({ label: '缺席专家', value: namesOrNone(absent) });
  } else {
    summary = `函审专家共 ${panel.length} 名。`;
    fields.push({ label: '函审专家', value: namesOrNone(panel) });
  }
  if (ineligible.length > 0) {
    const reasons = ineligible.map((member) => `${member.displayName}（${member.ineligibleBecause ?? '无表决权'}）`);
    fields.push({ label: '不参加表决', value: reasons.join(listSeparator) });
  }
  return [{ kind: 'paragraph', text: summary }, { kind: 'fields', fields }];
}

function documentBlocks(facts: ReviewMinutesFacts): MinutesBlock[] {
  if (facts.documents.length === 0) return [{ kind: 'paragraph', text: '无。' }];
  return [
    {
      kind: 'table',
      columns: [
        { heading: '序号', weight: 1.3, centered: true },
        { heading: '文件', weight: 3.5 },
        { heading: 'SHA-256', weight: 10.5, monospace: true },
      ],
      rows: facts.documents.map((document, index) => [String(index + 1), document.name, document.sha256]),
    },
  ];
}

function opinionBlocks(facts: ReviewMinutesFacts): MinutesBlock[] {
  if (facts.opinions.length === 0) return [{ kind: 'paragraph', text: '审查专家组未提出审查意见。' }];
  return facts.opinions.flatMap((opinion, index): MinutesBlock[] => {
    const writer = opinion.writtenBy.trim() === '' ? '' : `（提出：${opinion.writtenBy}）`;
    return [
      { kind: 'paragraph', text: `${index + 1}. ${opinion.text}${writer}` },
      { kind: 'fields', fields: [{ label: '起草工作组答复', value: opinionAnswerWords(opinion.response) }] },
    ];
  });
}

function rollCallTable(motion: MinutesMotion): MinutesBlock {
  return {
    kind: 'table',
    columns: [
      { heading: '序号', weight: 1.3, centered: true },
      { heading: '姓名', weight: 2.5 },
      { heading: '单位', weight: 4 },
      { heading: '表决', weight: 4, centered: true },
      { heading: '不同意理由', weight: 4.5 },
    ],
    rows: motion.rollCall.map((entry, index) => [String(index + 1), entry.displayName, entry.organisation, rollCallVoteWords(entry), entry.voteReason ?? '']),
  };
}

function motionBlocks(facts: ReviewMinutesFacts): MinutesBlock[] {
  if (facts.motions.length === 0) return [{ kind: 'paragraph', text: '本次审查未进行表决。' }];
  return facts.motions.flatMap((motion, index): MinutesBlock[] => {
    const fields: MinutesField[] = [{ label: '状态', value: motionStateWord(motion.state) }];
    if (motion.openedAt !== null) fields.push({ label: '开始表决', value: minutesDateTime(motion.openedAt, facts.timeZone) });
    if (motion.closedAt !== null) fields.push({ label: '结束表决', value: minutesDateTime(motion.closedAt, facts.timeZone) });
    fields.push({ label: '计票结果', value: motion.tallyInWords ?? '尚未计票' });
    return [
      { kind: 'heading', level: 2, text: `表决事项 ${index + 1}：${motion.title}` },
      { kind: 'fields', fields },
      motion.rollCall.length === 0 ? { kind: 'paragraph', text: '无表决记录。' } : rollCallTable(motion),
    ];
  });
}

function signatureBlocks(facts: ReviewMinutesFacts): MinutesBlock[] {
  const signers = facts.kind === 'meeting' ? facts.panel.filter((member) => member.present) : facts.panel;
  // The sheet is signed on paper and may be filed apart from the minutes, so it names the review again.
  const when = facts.kind === 'meeting' ? `会议时间：${minutesDateTimeOrUnset(facts.startsAt, facts.timeZone)}` : `函审截止时间：${minutesDateTimeOrUnset(facts.closesAt, facts.timeZone)}`;
  return [
    { kind: 'heading', level: 1, text: '审查专家签名表', startsPage: true },
    { kind: 'paragraph', text: `《${facts.standardTitle}》${facts.reviewTitle}，${when}` },
    {
      kind: 'table',
      columns: [
        { heading: '序号', weight: 1.3, centered: true },
        { heading: '姓名', weight: 2.5 },
        { heading: '职务/职称', weight: 3 },
        { heading: '单位', weight: 4.5 },
        { heading: '签名', weight: 4 },
      ],
      rows: signers.map((member, index) => [String(index + 1), member.displayName, positionAndTitleWords(member), member.organisation, '']),
      leftForSigning: true,
    },
  ];
}

/** What the minutes say, in order; the renderers only choose how it looks. */
export function minutesContent(facts: ReviewMinutesFacts): MinutesContent {
  const sections: Array<{ heading: string; blocks: MinutesBlock[] }> = [
    { heading: '基本情况', blocks: [{ kind: 'fields', fields: basicFields(facts) }] },
    { heading: facts.kind === 'meeting' ? '审查专家组及出席情况' : '函审专家', blocks: panelBlocks(facts) },
    { heading: '审查文件', blocks: documentBlocks(facts) },
    { heading: '审查意见', blocks: opinionBlocks(facts) },
    { heading: '表决情况', blocks: motionBlocks(facts) },
    { heading: '审查结论', blocks: [{ kind: 'paragraph', text: facts.conclusion }] },
  ];
  return {
    title: minutesTitle(facts),
    blocks: [
      ...sections.flatMap(({ heading, blocks }, index): MinutesBlock[] => [{ kind: 'heading', level: 1, text: `${chineseSectionNumber(index)}${heading}` }, ...blocks]),
      ...signatureBlocks(facts),
      { kind: 'paragraph', text: checkpointWords(facts.checkpoint) },
      { kind: 'paragraph', text: `本文件生成于 ${minutesDateTime(facts.generatedAt, facts.timeZone)}（${facts.timeZone}）。` },
    ],
  };
}
