import { z } from 'zod';
import { commentTypes } from '../../shared/api/comments';
import { dispositionDecisions } from '../../shared/api/dispositions';

/** What `comment.submitted` and `comment.edited` records carry (server/commands/comment-ledger-payload.ts). */
export const commentContentPayloadSchema = z.object({
  clauseId: z.string(),
  type: z.enum(commentTypes),
  comment: z.string(),
  proposedChange: z.string().nullable(),
  reason: z.string().nullable(),
  elementReference: z.string().nullable(),
  quote: z.string().nullable(),
});

/** A submission also names its period and the clause number in the period's frozen version. */
export const commentSubmittedPayloadSchema = commentContentPayloadSchema.extend({
  periodId: z.string(),
  clauseNumber: z.string().nullable(),
});

export const commentPeriodOpenedPayloadSchema = z.object({ versionId: z.string() });

export const dispositionRecordedPayloadSchema = z.object({
  commentId: z.string(),
  decision: z.enum(dispositionDecisions),
  reason: z.string().nullable(),
  changeClauseId: z.string().nullable(),
  changeToVersionId: z.string().nullable().default(null),
});

export const reactionRecordedPayloadSchema = z.object({
  commentId: z.string(),
  dispositionId: z.string(),
  satisfied: z.boolean(),
  note: z.string().nullable(),
});

export type CommentContent = z.infer<typeof commentContentPayloadSchema>;
