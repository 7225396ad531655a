import type { CommentType } from '../../shared/api/comments';
import type { DispositionDecision } from '../../shared/api/dispositions';

/** The signed checkpoint a table was built from, printed so anyone can check it against the log. */
export interface CommentTableCheckpoint {
  treeSize: number;
  rootHash: string;
  checkpointHash: string;
  timestamp: string;
}

export interface CommentTableHeader {
  /** 标准项目名称 */
  standardTitle: string;
  /** 负责起草单位: the 起草单位 of the live draft's cover, as typed there (several joined by "、"). */
  draftingUnits: string;
  /** 承办人 */
  handler: string;
  /** The checkpoint's date, yyyy-mm-dd. */
  date: string;
  checkpoint: CommentTableCheckpoint;
}

export interface CommentTableRow {
  serial: number;
  /** 标准章条编号 in the frozen 征求意见稿 (前言, 引言 or 参考文献 where the element has no number). */
  clauseNumber: string;
  type: CommentType;
  /** Paragraph/Figure/Table/Note */
  elementReference: string;
  comment: string;
  proposedChange: string;
  /** The commenter's 理由. */
  commentReason: string;
  /** 提出单位 */
  organisation: string;
  withdrawn: boolean;
  /** The disposition in force; null when none was recorded. */
  decision: DispositionDecision | null;
  decisionReason: string;
  reaction: { satisfied: boolean; note: string } | null;
  /** The current number of the clause the disposition names as changed, when it still exists. */
  changedClauseNumber: string | null;
  /** The quoted passage, or the clause's text in the frozen version. */
  originalText: string;
  /** The clause's text in the live draft; null when the clause was deleted. */
  liveClauseText: string | null;
}

export interface CommentTable {
  header: CommentTableHeader;
  rows: CommentTableRow[];
}
