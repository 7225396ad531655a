import { z } from 'zod';
import { isCalendarDate } from '../domain/edition-numbering';
import { publicationStatuses } from '../domain/publication-status';
import { sha256HexSchema } from './ledger';

/** What the body may choose to make public about how an edition was made. */
export const processDocumentKinds = ['comment_table', 'review_minutes', 'explanatory_statement'] as const;
export type ProcessDocumentKind = (typeof processDocumentKinds)[number];

export const calendarDateSchema = z.string().refine(isCalendarDate, { message: 'a calendar date written YYYY-MM-DD' });

export const sequenceNumberSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{1,6}$/, 'the sequence number is 1 to 6 digits')
  .refine((value) => Number.parseInt(value, 10) > 0, { message: 'the sequence number starts at 1' });

export const assignNumberRequestSchema = z
  .object({ sequenceNumber: sequenceNumberSchema, year: z.number().int().min(1900).max(2999) })
  .meta({ id: 'AssignNumberRequest' });

const personSchema = z.object({ id: z.string(), displayName: z.string() });

export const editionSchema = z
  .object({
    id: z.string(),
    /** "T/CWA 012—2026". */
    number: z.string(),
    bodyCode: z.string(),
    sequenceNumber: z.string(),
    year: z.number().int(),
    /** 现行 / 被代替 / 废止; null while the number is assigned and the edition not yet published. */
    status: z.enum(publicationStatuses).nullable(),
    /** The edition this one replaces ("代替 T/CWA 012—2021"). */
    replaces: z.object({ id: z.string(), number: z.string() }).nullable(),
    replacedBy: z.object({ id: z.string(), number: z.string() }).nullable(),
    assignedAt: z.string(),
    assignedBy: personSchema,
    versionId: z.string().nullable(),
    publishedOn: z.string().nullable(),
    implementedOn: z.string().nullable(),
    publishedAt: z.string().nullable(),
    publishedBy: personSchema.nullable(),
    docxSha256: sha256HexSchema.nullable(),
    pdfSha256: sha256HexSchema.nullable(),
    publishedProcessDocuments: z.array(z.enum(processDocumentKinds)),
    /** When the next 复审 is due, YYYY-MM-DD. */
    reviewDueOn: z.string().nullable(),
    withdrawnOn: z.string().nullable(),
  })
  .meta({ id: 'Edition' });

export const periodicReviewConclusions = ['continue', 'revise', 'withdraw'] as const;
export type PeriodicReviewConclusion = (typeof periodicReviewConclusions)[number];

export const periodicReviewSchema = z
  .object({
    id: z.string(),
    publicationId: z.string(),
    startedAt: z.string(),
    startedBy: personSchema,
    conclusion: z.enum(periodicReviewConclusions).nullable(),
    conclusionNote: z.string().nullable(),
    concludedAt: z.string().nullable(),
    concludedBy: personSchema.nullable(),
  })
  .meta({ id: 'PeriodicReview' });

export const publicationListResponseSchema = z
  .object({
    /** Newest first. */
    editions: z.array(editionSchema),
    /** 复审 of the standard, newest first; the open one has no conclusion. */
    periodicReviews: z.array(periodicReviewSchema),
    canManage: z.boolean(),
  })
  .meta({ id: 'PublicationList' });

export const nextNumberResponseSchema = z
  .object({
    bodyCode: z.string(),
    sequenceNumber: z.string(),
    year: z.number().int(),
    number: z.string(),
    /** True when the standard already has a published edition: it keeps its sequence number with a later year. */
    revision: z.boolean(),
    /** The edition a revision replaces. */
    replaces: z.object({ id: z.string(), number: z.string() }).nullable(),
  })
  .meta({ id: 'NextNumber' });

export const publicationParametersSchema = z.object({ id: z.string().min(1).max(64), publicationId: z.string().min(1).max(64) });
export const periodicReviewParametersSchema = z.object({ id: z.string().min(1).max(64), reviewId: z.string().min(1).max(64) });

export const startPeriodicReviewRequestSchema = z.object({ note: z.string().trim().max(2000).optional() }).meta({ id: 'StartPeriodicReviewRequest' });

export const concludePeriodicReviewRequestSchema = z
  .object({
    conclusion: z.enum(periodicReviewConclusions),
    note: z.string().trim().min(1, 'say why the review concludes so').max(2000),
    /** The date the standard is withdrawn (废止日期), for `withdraw`; today in the body's time zone when left out. */
    withdrawnOn: calendarDateSchema.optional(),
  })
  .meta({ id: 'ConcludePeriodicReviewRequest' });

export const dueReviewSchema = z
  .object({
    standardId: z.string(),
    title: z.string(),
    number: z.string(),
    publicationId: z.string(),
    reviewDueOn: z.string(),
    /** Days past the due date; zero or negative while it is not yet due (−30: due in 30 days). */
    daysOverdue: z.number().int(),
    /** Implementation feedback (实施信息反馈) received on the standard. */
    feedbackCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'DueReview' });

export const dueReviewListResponseSchema = z
  .object({ lookAheadDays: z.number().int(), standards: z.array(dueReviewSchema) })
  .meta({ id: 'DueReviewList' });

export type AssignNumberRequest = z.infer<typeof assignNumberRequestSchema>;
export type Edition = z.infer<typeof editionSchema>;
export type PeriodicReview = z.infer<typeof periodicReviewSchema>;
export type PublicationListResponse = z.infer<typeof publicationListResponseSchema>;
export type NextNumberResponse = z.infer<typeof nextNumberResponseSchema>;
export type ConcludePeriodicReviewRequest = z.infer<typeof concludePeriodicReviewRequestSchema>;
export type DueReview = z.infer<typeof dueReviewSchema>;
export type DueReviewListResponse = z.infer<typeof dueReviewListResponseSchema>;
