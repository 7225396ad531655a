import type { DispositionDecision } from '../../shared/api/dispositions';
import type { CommentTableRow } from './comment-table';

const chineseDecisions: Record<DispositionDecision, string> = {
  accepted: '采纳',
  partially_accepted: '部分采纳',
  not_accepted: '不采纳',
  pending: '待定',
};

const englishDecisions: Record<DispositionDecision, string> = {
  accepted: 'Accepted',
  partially_accepted: 'Accepted in part',
  not_accepted: 'Not accepted',
  pending: 'Pending',
};

function withReason(word: string, reason: string, separator: string): string {
  return reason === '' ? word : `${word}${separator}${reason}`;
}

/** 处理意见: 采纳 / 部分采纳：理由 / 不采纳：理由 / 待定, 未处理 without a disposition; empty for a withdrawn comment never decided. */
export function chineseDisposition(row: CommentTableRow): string {
  if (row.decision === null) return row.withdrawn ? '' : '未处理';
  return withReason(chineseDecisions[row.decision], row.decisionReason, '：');
}

/** 备注: withdrawal, where the change was made, and the commenter's answer. */
export function chineseRemarks(row: CommentTableRow): string {
  const remarks: string[] = [];
  if (row.withdrawn) remarks.push('已撤回');
  if (row.changedClauseNumber !== null) remarks.push(`修改见${row.changedClauseNumber}`);
  if (row.reaction) remarks.push(withReason(row.reaction.satisfied ? '提出单位表示满意' : '提出单位表示不满意', row.reaction.note, '：'));
  return remarks.join('\n');
}

/** Observations of the secretariat: the decision in English words and its reason, then withdrawal and the commenter's answer. */
export function englishObservations(row: CommentTableRow): string {
  const lines: string[] = [];
  if (row.decision !== null) lines.push(withReason(englishDecisions[row.decision], row.decisionReason, ': '));
  else if (!row.withdrawn) lines.push('Not yet processed');
  if (row.withdrawn) lines.push('Withdrawn by the commenter');
  if (row.changedClauseNumber !== null) lines.push(`Changed in ${row.changedClauseNumber}`);
  if (row.reaction) lines.push(withReason(row.reaction.satisfied ? 'Commenter satisfied' : 'Commenter not satisfied', row.reaction.note, ': '));
  return lines.join('\n');
}

/** 处理意见 word only, for the association layout's 理由 cell. */
export function chineseDecisionWord(decision: DispositionDecision): string {
  return chineseDecisions[decision];
}
