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
  draftingUnits: { chinese: '负责起草单位', english: 'Drafting organisation' },
  handler: { chinese: '承办人', english: 'Handled by' },
  date: { chinese: '日期', english: 'Date' },
  checkpoint: { chinese: '记录日志检查点', english: 'Record-log checkpoint' },
  checkpointHash: { chinese: '检查点哈希', english: 'Checkpoint hash' },
  checkpointTime: { chinese: '检查点签署时间', english: 'Checkpoint signed at' },
  verification: { chinese: '核验方法', english: 'How to verify' },
} as const satisfies Record<string, HeaderLabels>;

function labelIn(language: HeaderLanguage, label: HeaderLabels): string {
  return language === 'chinese' ? label.chinese : `${label.chinese} ${label.english}`;
}

function checkpointText(header: CommentTableHeader, language: HeaderLanguage): string {
  const { treeSize, rootHash } = header.checkpoint;
  return language === 'chinese' ? `记录数 ${treeSize}，根哈希 ${rootHash}` : `tree size ${treeSize}, root hash ${rootHash}`;
}

function verificationText(language: HeaderLanguage): string {
  const chinese = '与 GET /api/ledger/checkpoint 返回的已签名检查点或离线导出（npm run ledger:verify-export）核对记录数与根哈希';
  const english = 'compare the tree size and root hash with the signed checkpoint of GET /api/ledger/checkpoint or an offline export (npm run ledger:verify-export)';
  return language === 'chinese' ? chinese : english;
}

/** The header fields every table carries, and the signed checkpoint it was built from, so it can be checked later. */
export function commentTableHeaderLines(header: CommentTableHeader, language: HeaderLanguage): HeaderLine[] {
  return [
    { label: labelIn(language, labels.title), value: header.standardTitle },
    { label: labelIn(language, labels.draftingUnits), value: header.draftingUnits },
    { label: labelIn(language, labels.handler), value: header.handler },
    { label: labelIn(language, labels.date), value: header.date },
    { label: labelIn(language, labels.checkpoint), value: checkpointText(header, language) },
    { label: labelIn(language, labels.checkpointHash), value: header.checkpoint.checkpointHash },
    { label: labelIn(language, labels.checkpointTime), value: header.checkpoint.timestamp },
    { label: labelIn(language, labels.verification), value: verificationText(language) },
  ];
}
