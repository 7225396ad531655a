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
  /** 标准编号, from the project record (T/CAS 290); empty while the project has no body code or sequence number. */
  standardNumber: string;
  /** 负责起草单位: the 起草单位 of the live draft's cover, as typed there (several joined by "、"). */
  draftingUnits: string;
  /** 承办人 */
  handler: string;
  /** The checkpoint's date in the body's time zone, yyyy-mm-dd. */
  date: string;
  checkpoint: CommentTableCheckpoint;
  /** The public page where anyone can check the checkpoint: <PUBLIC_URL>/verify. */
  verifyAddress: string;
  /** The body's time zone, in which the table's dates are read. */
  timeZone: string;
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
  /**
   * The text of the change that carried the disposition out: the changed element (the disposition's clause, else the
   * commented one) in the version the change was made in, or in the live draft when only the clause was named. Null
   * when the disposition names no change, or the element is not in that document.
   */
  implementedText: string | null;
}

export interface CommentTable {
  header: CommentTableHeader;
  rows: CommentTableRow[];
}
