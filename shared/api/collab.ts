import { z } from 'zod';
import { documentKinds } from '../collab/document-name';

export const collaborationTicketRequestSchema = z
  .object({
    standardId: z.string().min(1).max(64),
    /** Which of the standard's live documents; the draft when left out. */
    documentKind: z.enum(documentKinds).optional(),
  })
  .meta({ id: 'CollaborationTicketRequest' });

export const collaborationTicketResponseSchema = z
  .object({
    token: z.string(),
    documentName: z.string(),
    readOnly: z.boolean(),
    expiresAt: z.string(),
  })
  .meta({ id: 'CollaborationTicket' });

export type CollaborationTicketRequest = z.infer<typeof collaborationTicketRequestSchema>;
export type CollaborationTicketResponse = z.infer<typeof collaborationTicketResponseSchema>;
