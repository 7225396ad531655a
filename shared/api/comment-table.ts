import { z } from 'zod';

/**
 * The official comment tables, built from the record log:
 * `docx` and `xlsx` the national 征求意见汇总处理表, `csv` the same columns as text, `iso-docx` the ISO/IEC commenting
 * template 2012-03, `association-docx` the association layout (序号 | 章节号 | 原文 | 修改后内容 | 理由).
 */
export const commentTableFormats = ['docx', 'xlsx', 'csv', 'iso-docx', 'association-docx'] as const;

export type CommentTableFormat = (typeof commentTableFormats)[number];

export const commentTableQuerySchema = z.object({
  format: z.enum(commentTableFormats),
  /** The comment period whose comments are listed; the latest one when omitted. */
  periodId: z.string().min(1).max(64).optional(),
});

const wordContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const commentTableContentTypes = {
  docx: wordContentType,
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  'iso-docx': wordContentType,
  'association-docx': wordContentType,
} as const satisfies Record<CommentTableFormat, string>;
