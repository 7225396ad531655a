import { z } from 'zod';

export const collaborationTicketRequestSchema = z
  .object({ standardId: z.string().min(1).max(64) })
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
