import { z } from 'zod';
import { maximumSearchQueryLength } from '../search/text-query';
import { commentProgresses } from '../domain/comment-progress';
import { dispositionSchema, reactionSchema } from './dispositions';
import { outlineElementSchema, outlineItemSchema } from './document-structure';
import { invitationSchema, maximumInvitationsPerRequest } from './invitations';

export const commentTypes = ['ge', 'te', 'ed'] as const;
export type CommentType = (typeof commentTypes)[number];

export const stakeholderProfileSchema = z
  .object({
    fullName: z.string().trim().min(1).max(80),
    organisation: z.string().trim().min(1).max(160),
    email: z.email().max(200),
    phone: z.string().trim().regex(/^[0-9+\-() ]{5,30}$/, 'a phone number of digits, spaces and + - ( )').optional(),
  })
  .meta({ id: 'StakeholderProfile' });

export const createCommentPeriodRequestSchema = z
  .object({
    versionId: z.string().min(1).max(64),
    endsAt: z.iso.datetime({ offset: true }),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    /** Organisations asked to comment; more can be invited while the period runs. */
    invitations: z.array(invitationSchema).max(maximumInvitationsPerRequest).optional(),
  })
  .meta({ id: 'CreateCommentPeriodRequest' });

export const extendCommentPeriodRequestSchema = z
  .object({ endsAt: z.iso.datetime({ offset: true }), reason: z.string().trim().min(1).max(1000) })
  .meta({ id: 'ExtendCommentPeriodRequest' });

export const closeCommentPeriodRequestSchema = z.object({ reason: z.string().trim().min(1).max(1000) }).meta({ id: 'CloseCommentPeriodRequest' });

export type CloseCommentPeriodRequest = z.infer<typeof closeCommentPeriodRequestSchema>;

export const commentPeriodSchema = z
  .object({
    id: z.string(),
    standardId: z.string(),
    standardTitle: z.string(),
    /** Such as `T/CAS 290`; null until the standard has a body code and a sequence number. */
    standardNumber: z.string().nullable(),
    versionId: z.string(),
    versionName: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    isOpen: z.boolean(),
    /** Set when the secretariat ended the period before its end date: why, and when it would have ended. */
    closedEarly: z.object({ reason: z.string(), closedAt: z.string(), scheduledEndsAt: z.string() }).nullable(),
  })
  .meta({ id: 'CommentPeriod' });

export const commentPeriodHistorySchema = z
  .object({
    period: commentPeriodSchema,
    extensions: z.array(z.object({ previousEndsAt: z.string(), newEndsAt: z.string(), reason: z.string(), extendedAt: z.string() })),
  })
  .meta({ id: 'CommentPeriodHistory' });

export const commentPeriodListResponseSchema = z.object({ periods: z.array(commentPeriodHistorySchema) }).meta({ id: 'CommentPeriodList' });

export type CommentPeriodHistory = z.infer<typeof commentPeriodHistorySchema>;
export type CommentPeriodListResponse = z.infer<typeof commentPeriodListResponseSchema>;

export const commentPeriodIdParametersSchema = z.object({ id: z.string().min(1).max(64) });
export const commentIdParametersSchema = z.object({ id: z.string().min(1).max(64) });

/** Yjs relative positions (base64 of `Y.encodeRelativePosition`) of a passage inside the clause. */
export const commentAnchorSchema = z
  .object({ start: z.string().max(512), end: z.string().max(512), quote: z.string().max(2000) })
  .meta({ id: 'CommentAnchor' });

const commentFields = {
  type: z.enum(commentTypes),
  comment: z.string().trim().min(1).max(10_000),
  proposedChange: z.string().trim().max(10_000).optional(),
  reason: z.string().trim().max(10_000).optional(),
  /** Paragraph, figure, table or note the comment is about, as the commenter writes it (e.g. "表2", "注1"). */
  elementReference: z.string().trim().max(200).optional(),
};

/** A passage selected in the frozen document, as positions in the document served by the comment-period document route. */
export const commentPassageSchema = z
  .object({ from: z.int().min(0).max(50_000_000), to: z.int().min(1).max(50_000_000) })
  .meta({ id: 'CommentPassage' });

export const submitCommentRequestSchema = z
  .object({ clauseId: z.string().min(1).max(64), ...commentFields, passage: commentPassageSchema.optional() })
  .meta({ id: 'SubmitCommentRequest' });

export const editCommentRequestSchema = z.object(commentFields).meta({ id: 'EditCommentRequest' });

export const submittedCommentSchema = z.object({ id: z.string(), clauseNumber: z.string().nullable() }).meta({ id: 'SubmittedComment' });

export const commentStatusSchema = z.enum(['open', 'withdrawn']);

export const commentSchema = z
  .object({
    id: z.string(),
    periodId: z.string(),
    clauseId: z.string(),
    /** The clause's current number in the live draft; null when the clause was deleted (a detached comment). */
    clauseNumber: z.string().nullable(),
    status: commentStatusSchema,
    /** 已撤回, 未处理, or the decision of the latest disposition; what the working group's list shows and filters by. */
    progress: z.enum(commentProgresses),
    type: z.enum(commentTypes),
    comment: z.string(),
    proposedChange: z.string().nullable(),
    reason: z.string().nullable(),
    elementReference: z.string().nullable(),
    anchor: commentAnchorSchema.nullable(),
    submitter: z.object({ displayName: z.string(), organisation: z.string() }),
    /** The drafter the working group gave the comment to; null when nobody has it yet. */
    assignee: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    /** The disposition in force (the latest record); null while nobody has decided. */
    disposition: dispositionSchema.nullable(),
    /** The commenter's latest answer to the disposition in force. */
    reaction: reactionSchema.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Comment' });

/** `q` narrows a standard's comments to those whose text, proposal, reason, commenter or clause matches. */
export const standardCommentsQuerySchema = z.object({ q: z.string().trim().max(maximumSearchQueryLength).optional() });

export const commentPeriodDocumentResponseSchema = z
  .object({
    period: commentPeriodSchema,
    document: z.record(z.string(), z.unknown()),
    outline: z.array(outlineItemSchema),
    /** Term entries, tables, figures, formulas, notes and examples a comment can name. */
    elements: z.array(outlineElementSchema),
  })
  .meta({ id: 'CommentPeriodDocument' });

export const commentListResponseSchema = z.object({ comments: z.array(commentSchema) }).meta({ id: 'CommentList' });

export const replyVisibilities = ['internal', 'public'] as const;

export const replyRequestSchema = z
  .object({ body: z.string().trim().min(1).max(10_000), visibility: z.enum(replyVisibilities) })
  .meta({ id: 'ReplyRequest' });

export const replySchema = z
  .object({
    id: z.string(),
    commentId: z.string(),
    author: z.object({ displayName: z.string() }),
    body: z.string(),
    visibility: z.enum(replyVisibilities),
    createdAt: z.string(),
  })
  .meta({ id: 'Reply' });

export const replyListResponseSchema = z.object({ replies: z.array(replySchema) }).meta({ id: 'ReplyList' });

export const assignCommentRequestSchema = z
  .object({ username: z.string().trim().min(1).max(64).nullable() })
  .meta({ id: 'AssignCommentRequest' });

export const assignCommentResponseSchema = z
  .object({ assignee: z.object({ id: z.string(), displayName: z.string() }).nullable() })
  .meta({ id: 'CommentAssignment' });

export type Reply = z.infer<typeof replySchema>;
export type StakeholderProfile = z.infer<typeof stakeholderProfileSchema>;
export type CommentPeriod = z.infer<typeof commentPeriodSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type CommentListResponse = z.infer<typeof commentListResponseSchema>;
