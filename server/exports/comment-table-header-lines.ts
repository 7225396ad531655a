import { bodyDateKey, formatBodyDate } from '../../shared/time/body-time';
import type { CommentTableHeader } from './comment-table';

export interface HeaderLine {
  label: string;
  value: string;
}

export type HeaderLanguage = 'chinese' | 'bilingual';

interface HeaderLabels {
  chinese: string;
  english: string;
}

const labels = {
  title: { chinese: '标准项目名称', english: 'Project' },
  standardNumber: { chinese: '标准编号', english: 'Standard number' },
  draftingUnits: { chinese: '负责起草单位', english: 'Drafting organisation' },
  handler: { chinese: '承办人', english: 'Handled by' },
  date: { chinese: '日期', english: 'Date' },
  proof: { chinese: '核验', english: 'Verification' },
  checkpointHash: { chinese: '检查点哈希', english: 'Checkpoint hash' },
} as const satisfies Record<string, HeaderLabels>;

function labelIn(language: HeaderLanguage, label: HeaderLabels): string {
  return language === 'chinese' ? label.chinese : `${label.chinese} ${label.english}`;
}

/** One sentence for the authority that receives the table: what it rests on, up to when, and where to check it. */
export function proofSentence(header: CommentTableHeader, language: HeaderLanguage): string {
  const signedAt = new Date(header.checkpoint.timestamp);
  const chinese = `本表依据记录日志生成，截至 ${formatBodyDate(signedAt, header.timeZone, 'zh-CN')} 共 ${header.checkpoint.treeSize} 条记录，可在 ${header.verifyAddress} 核验。`;
  if (language === 'chinese') return chinese;
  const english = `This table was generated from the record log, which held ${header.checkpoint.treeSize} records on ${bodyDateKey(signedAt, header.timeZone)}; it can be verified at ${header.verifyAddress}.`;
  return `${chinese} ${english}`;
}

/** The footnote that carries the proof itself: the signed checkpoint's hash, to paste into the verification page. */
export function checkpointFootnote(header: CommentTableHeader, language: HeaderLanguage): HeaderLine {
  return { label: labelIn(language, labels.checkpointHash), value: header.checkpoint.checkpointHash };
}

/** The header fields every table carries, ending with the verification sentence (its footnote is the checkpoint hash). */
export function commentTableHeaderLines(header: CommentTableHeader, language: HeaderLanguage): HeaderLine[] {
  return [
    { label: labelIn(language, labels.title), value: header.standardTitle },
    { label: labelIn(language, labels.standardNumber), value: header.standardNumber },
    { label: labelIn(language, labels.draftingUnits), value: header.draftingUnits },
    { label: labelIn(language, labels.handler), value: header.handler },
    { label: labelIn(language, labels.date), value: header.date },
    { label: labelIn(language, labels.proof), value: proofSentence(header, language) },
  ];
}
