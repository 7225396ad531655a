import { z } from 'zod';
import { complaintStatuses, complaintStepStatuses, complaintSubjects } from '../domain/complaint-progress';

export const complaintIdParametersSchema = z.object({ id: z.string().min(1).max(64), complaintId: z.string().min(1).max(64) });
export const myComplaintParametersSchema = z.object({ complaintId: z.string().min(1).max(64) });

export const lodgeComplaintRequestSchema = z
  .object({
    about: z.enum(complaintSubjects),
    text: z.string().trim().min(1).max(20_000),
    /** Private: only the complainant and the secretariat of the standard see it; never in the record log. */
    contact: z.string().trim().max(300).optional(),
  })
  .meta({ id: 'LodgeComplaintRequest' });

export type LodgeComplaintRequest = z.infer<typeof lodgeComplaintRequestSchema>;

export const complaintStepRequestSchema = z
  .object({
    status: z.enum(complaintStepStatuses),
    /** Required for `answered`: the answer the complainant receives. */
    answer: z.string().trim().min(1).max(20_000).optional(),
    note: z.string().trim().max(5000).optional(),
  })
  .meta({ id: 'ComplaintStepRequest' });

export type ComplaintStepRequest = z.infer<typeof complaintStepRequestSchema>;

const personSchema = z.object({ id: z.string(), displayName: z.string() });

export const complaintStepSchema = z
  .object({ status: z.enum(complaintStepStatuses), answer: z.string().nullable(), note: z.string().nullable(), takenBy: personSchema, takenAt: z.string() })
  .meta({ id: 'ComplaintStep' });

export const complaintSchema = z
  .object({
    id: z.string(),
    /** "TS-CWA-2026-0001". */
    caseNumber: z.string(),
    standardId: z.string(),
    standardNumber: z.string(),
    standardTitle: z.string(),
    about: z.enum(complaintSubjects),
    text: z.string(),
    /** Present only for the complainant and the secretariat of the standard. */
    contact: z.string().nullable(),
    complainant: personSchema,
    status: z.enum(complaintStatuses),
    receivedAt: z.string(),
    /** Calendar dates in the body's time zone, YYYY-MM-DD. */
    receivedOn: z.string(),
    answerDueOn: z.string(),
    overdue: z.boolean(),
    /** The answer of the `answered` step, once given. */
    answer: z.string().nullable(),
    steps: z.array(complaintStepSchema),
  })
  .meta({ id: 'Complaint' });

export type Complaint = z.infer<typeof complaintSchema>;

export const complaintListResponseSchema = z.object({ complaints: z.array(complaintSchema) }).meta({ id: 'ComplaintList' });
export type ComplaintListResponse = z.infer<typeof complaintListResponseSchema>;
