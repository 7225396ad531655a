import { z } from 'zod';
import { feedbackCategories } from '../domain/feedback-categories';
import { outlineElementSchema, outlineItemSchema } from './document-structure';

export const publicEditionParametersSchema = z.object({
  bodyCode: z.string().regex(/^[A-Za-z]{2,8}$/, 'a body code of Latin letters'),
  /** "012-2026": the sequence number and the year. */
  edition: z.string().regex(/^\d{1,6}-\d{4}$/, 'the edition as sequence-year, e.g. 012-2026'),
});

export const feedbackIdParametersSchema = z.object({ id: z.string().min(1).max(64), feedbackId: z.string().min(1).max(64) });

export const submitFeedbackRequestSchema = z
  .object({
    /** A clause or element of the published edition's frozen version; left out for feedback on the whole standard. */
    clauseId: z.string().min(1).max(64).optional(),
    quotedText: z.string().trim().max(2000).optional(),
    category: z.enum(feedbackCategories),
    text: z.string().trim().min(1).max(10_000),
    organisation: z.string().trim().max(160).optional(),
    /** Private: only the sender and the secretariat of the standard see it; never in the record log. */
    contact: z.string().trim().max(300).optional(),
  })
  .meta({ id: 'SubmitFeedbackRequest' });

export type SubmitFeedbackRequest = z.infer<typeof submitFeedbackRequestSchema>;

export const answerFeedbackRequestSchema = z.object({ answer: z.string().trim().min(1).max(10_000) }).meta({ id: 'AnswerFeedbackRequest' });

const personSchema = z.object({ id: z.string(), displayName: z.string() });

export const feedbackSchema = z
  .object({
    id: z.string(),
    standardId: z.string(),
    /** "T/CWA 012—2026". */
    standardNumber: z.string(),
    standardTitle: z.string(),
    clauseId: z.string().nullable(),
    /** "5.2 试验方法" as the edition prints it; null for feedback on the whole standard. */
    clauseLabel: z.string().nullable(),
    quotedText: z.string().nullable(),
    category: z.enum(feedbackCategories),
    text: z.string(),
    organisation: z.string().nullable(),
    /** Present only for the sender and the secretariat of the standard. */
    contact: z.string().nullable(),
    sender: personSchema,
    submittedAt: z.string(),
    answer: z.string().nullable(),
    answeredBy: personSchema.nullable(),
    answeredAt: z.string().nullable(),
  })
  .meta({ id: 'Feedback' });

export type Feedback = z.infer<typeof feedbackSchema>;

export const feedbackListResponseSchema = z
  .object({
    feedback: z.array(feedbackSchema),
    counts: z.object({
      total: z.number().int(),
      unanswered: z.number().int(),
      perCategory: z.record(z.enum(feedbackCategories), z.number().int()),
      perClause: z.array(z.object({ clauseId: z.string(), clauseLabel: z.string().nullable(), count: z.number().int() })),
    }),
  })
  .meta({ id: 'FeedbackList' });

export type FeedbackListResponse = z.infer<typeof feedbackListResponseSchema>;

export const myFeedbackResponseSchema = z.object({ feedback: z.array(feedbackSchema) }).meta({ id: 'MyFeedback' });
export type MyFeedbackResponse = z.infer<typeof myFeedbackResponseSchema>;

/** What the feedback and complaint forms need of a published edition: its number, title and outline. */
export const publicEditionOutlineResponseSchema = z
  .object({
    standardNumber: z.string(),
    title: z.string(),
    titleEn: z.string().nullable(),
    publishedOn: z.string().nullable(),
    outline: z.array(outlineItemSchema),
    elements: z.array(outlineElementSchema),
    /** Days the secretariat has to answer a complaint (COMPLAINT_ANSWER_DAYS), for the complaint form. */
    complaintAnswerDays: z.number().int(),
  })
  .meta({ id: 'PublicEditionOutline' });

export type PublicEditionOutlineResponse = z.infer<typeof publicEditionOutlineResponseSchema>;
