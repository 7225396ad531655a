import { z } from 'zod';

export const dispositionDecisions = ['accepted', 'partially_accepted', 'not_accepted', 'pending'] as const;
export type DispositionDecision = (typeof dispositionDecisions)[number];

/** 部分采纳 and 不采纳 must say why (domain §4). */
export function decisionNeedsReason(decision: DispositionDecision): boolean {
  return decision === 'partially_accepted' || decision === 'not_accepted';
}

/** The change that carried a disposition out: the clause, and the version comparison where the change was made. */
export const changeReferenceSchema = z
  .object({
    clauseId: z.string().min(1).max(64).optional(),
    fromVersionId: z.string().min(1).max(64).optional(),
    toVersionId: z.string().min(1).max(64).optional(),
  })
  .refine((reference) => (reference.fromVersionId === undefined) === (reference.toVersionId === undefined), {
    message: 'a comparison names both fromVersionId and toVersionId',
  })
  .meta({ id: 'ChangeReference' });

export const recordDispositionRequestSchema = z
  .object({
    decision: z.enum(dispositionDecisions),
    reason: z.string().trim().max(5000).optional(),
    changeRef: changeReferenceSchema.optional(),
  })
  .refine((request) => !decisionNeedsReason(request.decision) || (request.reason ?? '') !== '', {
    message: 'a reason is required for partially_accepted and not_accepted',
    path: ['reason'],
  })
  .meta({ id: 'RecordDispositionRequest' });

export const dispositionSchema = z
  .object({
    id: z.string(),
    commentId: z.string(),
    decision: z.enum(dispositionDecisions),
    reason: z.string().nullable(),
    changeRef: z
      .object({
        clauseId: z.string().nullable(),
        /** The clause's current number in the live draft, null when it is gone or none was named. */
        clauseNumber: z.string().nullable(),
        fromVersionId: z.string().nullable(),
        toVersionId: z.string().nullable(),
      })
      .nullable(),
    decidedBy: z.object({ displayName: z.string() }),
    decidedAt: z.string(),
    /** The disposition this one replaced; null for the first. */
    supersedesId: z.string().nullable(),
  })
  .meta({ id: 'Disposition' });

export const reactionRequestSchema = z
  .object({ satisfied: z.boolean(), note: z.string().trim().max(5000).optional() })
  .meta({ id: 'ReactionRequest' });

export const reactionSchema = z
  .object({ id: z.string(), dispositionId: z.string(), satisfied: z.boolean(), note: z.string().nullable(), createdAt: z.string() })
  .meta({ id: 'Reaction' });

export const dispositionHistoryResponseSchema = z
  .object({ dispositions: z.array(dispositionSchema), reactions: z.array(reactionSchema) })
  .meta({ id: 'DispositionHistory' });

const countSchema = z.object({ key: z.string(), total: z.number().int(), open: z.number().int() });

export const commentDashboardSchema = z
  .object({
    periodId: z.string().nullable(),
    total: z.number().int(),
    byStatus: z.array(z.object({ status: z.enum(['undisposed', ...dispositionDecisions, 'withdrawn']), count: z.number().int() })),
    byType: z.array(countSchema),
    byOrganisation: z.array(countSchema),
    reactions: z.object({ satisfied: z.number().int(), notSatisfied: z.number().int() }),
    /** Comments of the latest period still without a final disposition: they block 技术审查. */
    blocking: z.array(z.object({ id: z.string(), clauseNumber: z.string().nullable(), type: z.string(), organisation: z.string(), comment: z.string() })),
  })
  .meta({ id: 'CommentDashboard' });

export type Disposition = z.infer<typeof dispositionSchema>;
export type Reaction = z.infer<typeof reactionSchema>;
export type CommentDashboard = z.infer<typeof commentDashboardSchema>;
