import { z } from 'zod';
import { memberRoles } from '../domain/roles';
import { stages } from '../domain/stages';
import { calendarDateSchema, processDocumentKinds } from './publications';

export const versionIdParametersSchema = z.object({ id: z.string().min(1).max(64), versionId: z.string().min(1).max(64) });

export const createVersionRequestSchema = z
  .object({ name: z.string().trim().min(1).max(120) })
  .meta({ id: 'CreateVersionRequest' });

export const versionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    stage: z.enum(stages),
    /** `manual` when someone froze it, `stage_move` when a stage move froze it, `before_restore` and `before_import` for the safety copy a restore or a Word import takes. */
    reason: z.enum(['manual', 'stage_move', 'before_restore', 'before_import']),
    createdAt: z.string(),
    createdBy: z.object({ id: z.string(), displayName: z.string() }),
  })
  .meta({ id: 'Version' });

export const versionListResponseSchema = z.object({ versions: z.array(versionSchema) }).meta({ id: 'VersionList' });

/** A frozen version's document as ProseMirror JSON plus the project metadata as they were when it was frozen. */
export const versionDocumentResponseSchema = z
  .object({
    version: versionSchema,
    metadata: z.object({
      title: z.string(),
      titleEn: z.string().nullable(),
      bodyCode: z.string().nullable(),
      sequenceNumber: z.string().nullable(),
    }),
    document: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'VersionDocument' });

/** The live draft as ProseMirror JSON (everything acknowledged so far) with the project's facts, for the print view. */
export const liveDraftDocumentResponseSchema = z
  .object({
    metadata: z.object({ title: z.string(), titleEn: z.string().nullable(), bodyCode: z.string().nullable(), sequenceNumber: z.string().nullable() }),
    document: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'LiveDraftDocument' });

export type LiveDraftDocumentResponse = z.infer<typeof liveDraftDocumentResponseSchema>;

export const stageMoveRequestSchema = z
  .object({
    to: z.enum(stages),
    note: z.string().trim().max(1000).optional(),
    /** Publishing (批准 → 发布) only, and required there: the 发布日期 and 实施日期 (not before the publication). */
    publishedOn: calendarDateSchema.optional(),
    implementedOn: calendarDateSchema.optional(),
    /** Publishing only: which process documents the body makes public with the edition. */
    publishedProcessDocuments: z.array(z.enum(processDocumentKinds)).max(processDocumentKinds.length).optional(),
  })
  .meta({ id: 'StageMoveRequest' });

export const stageMoveSchema = z
  .object({
    from: z.enum(stages),
    to: z.enum(stages),
    note: z.string().nullable(),
    movedAt: z.string(),
    movedBy: z.object({ id: z.string(), displayName: z.string() }),
    versionId: z.string(),
  })
  .meta({ id: 'StageMove' });

/** A role changed, or a member removed (newRole null), shown with the stage moves. */
export const memberChangeSchema = z
  .object({
    member: z.object({ id: z.string(), displayName: z.string() }),
    previousRole: z.enum(memberRoles).nullable(),
    newRole: z.enum(memberRoles).nullable(),
    changedAt: z.string(),
    changedBy: z.object({ id: z.string(), displayName: z.string() }),
  })
  .meta({ id: 'MemberChange' });

export const stageGateSchema = z
  .object({
    id: z.enum(['comment_period_not_ended', 'comments_without_disposition', 'no_passed_review', 'review_opinions_unanswered', 'no_number_assigned']),
    message: z.object({ zh: z.string(), en: z.string() }),
  })
  .meta({ id: 'StageGate' });

export const stageOverviewResponseSchema = z
  .object({
    stage: z.enum(stages),
    draftLabel: z.string().nullable(),
    moves: z.array(stageMoveSchema),
    /** Role changes and removals of members, oldest first. */
    memberChanges: z.array(memberChangeSchema),
    /** The stages the standard may move to next, each with the gate that blocks it now, if any. */
    next: z.array(z.object({ to: z.enum(stages), blockedBy: stageGateSchema.nullable() })),
    canMove: z.boolean(),
  })
  .meta({ id: 'StageOverview' });

export const compareQuerySchema = z.object({ from: z.string().min(1).max(64), to: z.string().min(1).max(64) });

export const textChangeSchema = z.object({ kind: z.enum(['equal', 'insert', 'delete']), text: z.string() }).meta({ id: 'TextChange' });

export const clauseComparisonSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['clause', 'annex', 'table', 'term']),
    change: z.enum(['added', 'removed', 'moved', 'changed', 'renumbered', 'unchanged']),
    fromNumber: z.string().nullable(),
    toNumber: z.string().nullable(),
    title: z.string(),
    /** Also true for a moved or renumbered clause whose own text changed. */
    textChanged: z.boolean(),
    textChanges: z.array(textChangeSchema),
  })
  .meta({ id: 'ClauseComparison' });

export const comparisonResponseSchema = z
  .object({
    summary: z.object({
      changed: z.number().int(),
      added: z.number().int(),
      removed: z.number().int(),
      moved: z.number().int(),
      renumbered: z.number().int(),
      text: z.object({ zh: z.string(), en: z.string() }),
    }),
    clauses: z.array(clauseComparisonSchema),
  })
  .meta({ id: 'Comparison' });

export const clauseHistoryQuerySchema = z.object({ clauseId: z.string().min(1).max(64).optional() });

export const clauseHistoryResponseSchema = z
  .object({
    entries: z.array(z.object({ clauseId: z.string(), user: z.object({ id: z.string(), displayName: z.string() }), editedAt: z.string() })),
  })
  .meta({ id: 'ClauseHistory' });

export type Version = z.infer<typeof versionSchema>;
export type VersionDocumentResponse = z.infer<typeof versionDocumentResponseSchema>;
export type StageOverviewResponse = z.infer<typeof stageOverviewResponseSchema>;
export type ClauseComparison = z.infer<typeof clauseComparisonSchema>;
export type ComparisonResponse = z.infer<typeof comparisonResponseSchema>;
export type ClauseHistoryResponse = z.infer<typeof clauseHistoryResponseSchema>;
