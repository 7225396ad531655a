import type { CommentTableRow } from './comment-table';
import type { CommentTableLayout } from './comment-table-layout';
import { chineseDisposition } from './disposition-wording';

/**
 * 修改后内容: the text of the change that carried the disposition out, when the disposition names one; empty otherwise.
 * Neither the unchanged text nor the commenter's proposal is revised content.
 */
function revisedContent(row: CommentTableRow): string {
  return row.implementedText ?? '';
}

/**
 * 理由: the layout has no 处理意见 column, so this cell says first how the comment was handled (the decision and its
 * reason, 未处理 without one, 已撤回 for a withdrawn comment), then the commenter's own reason as 提出理由.
 */
function reasons(row: CommentTableRow): string {
  const lines: string[] = [];
  const disposition = chineseDisposition(row);
  if (disposition !== '') lines.push(disposition);
  if (row.withdrawn) lines.push('已撤回');
  if (row.commentReason !== '') lines.push(`提出理由：${row.commentReason}`);
  return lines.join('\n');
}

/**
 * The association layout: 序号 | 章节号 | 原文 | 修改后内容 | 理由. 原文 is the passage the commenter quoted, or the
 * clause's text in the frozen 征求意见稿 when no passage was selected.
 */
export const associationLayout: CommentTableLayout = {
  title: '征求意见处理表',
  headerLanguage: 'chinese',
  pageFooter: 'chinese',
  columns: [
    { heading: '序号', weight: 5 },
    { heading: '章节号', weight: 9 },
    { heading: '原文', weight: 29 },
    { heading: '修改后内容', weight: 29 },
    { heading: '理由', weight: 28 },
  ],
  cellsOf: (row) => [row.serial, row.clauseNumber, row.originalText, revisedContent(row), reasons(row)],
  notes: [],
};
