import { z } from 'zod';
import { submittedCommentSchema } from './comments';

/** The two file kinds a commenting template may come in; the request's Content-Type names which one is sent. */
export const commentImportContentTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type CommentImportFileKind = keyof typeof commentImportContentTypes;

export const maximumCommentImportBytes = 5 * 1024 * 1024;

/** More rows than a real commenting template holds; larger files are refused before any row is read. */
export const maximumCommentImportRows = 500;

/** The template column a problem is about. */
export const importRowFields = ['clause', 'type', 'comment', 'proposedChange', 'reason', 'elementReference'] as const;
export type ImportRowField = (typeof importRowFields)[number];

export const importRowProblemReasons = ['missing', 'unknown_clause', 'invalid_type', 'too_long'] as const;
export type ImportRowProblemReason = (typeof importRowProblemReasons)[number];

export const importRowProblemSchema = z
  .object({
    /** The row as the person sees it: the worksheet row number (.xlsx), or the table row counted from the table's first row (.docx). */
    row: z.int().positive(),
    field: z.enum(importRowFields),
    reason: z.enum(importRowProblemReasons),
    /** What the row holds there, for an unknown clause number or an unknown comment type. */
    value: z.string().optional(),
    /** The longest text allowed, for text that is too long. */
    maximumLength: z.int().positive().optional(),
    message: z.string(),
  })
  .meta({ id: 'CommentImportRowProblem' });

export const commentImportResponseSchema = z
  .object({ imported: z.int().positive(), comments: z.array(submittedCommentSchema) })
  .meta({ id: 'CommentImportResult' });

export type ImportRowProblem = z.infer<typeof importRowProblemSchema>;
export type CommentImportResponse = z.infer<typeof commentImportResponseSchema>;
