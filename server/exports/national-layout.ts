import type { CommentTableLayout } from './comment-table-layout';
import { chineseDisposition, chineseRemarks } from './disposition-wording';

/** The national 征求意见汇总处理表: 序号 | 标准章条编号 | 意见内容 | 修改建议 | 提出单位 | 处理意见 | 备注. */
export const nationalLayout: CommentTableLayout = {
  title: '征求意见汇总处理表',
  headerLanguage: 'chinese',
  pageFooter: 'chinese',
  columns: [
    { heading: '序号', weight: 5 },
    { heading: '标准章条编号', weight: 9 },
    { heading: '意见内容', weight: 24 },
    { heading: '修改建议', weight: 20 },
    { heading: '提出单位', weight: 12 },
    { heading: '处理意见', weight: 18 },
    { heading: '备注', weight: 12 },
  ],
  cellsOf: (row) => [row.serial, row.clauseNumber, row.comment, row.proposedChange, row.organisation, chineseDisposition(row), chineseRemarks(row)],
  notes: [],
};
