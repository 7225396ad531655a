import { z } from 'zod';

export const invitationSchema = z
  .object({
    organisation: z.string().trim().min(1).max(160),
    email: z.email().max(200),
    contactName: z.string().trim().min(1).max(80).optional(),
  })
  .meta({ id: 'Invitation' });

export const maximumInvitationsPerRequest = 500;

export const inviteRequestSchema = z
  .object({ invitations: z.array(invitationSchema).min(1).max(maximumInvitationsPerRequest) })
  .meta({ id: 'InviteRequest' });

export const invitationStatusSchema = z
  .object({
    organisation: z.string(),
    email: z.string(),
    contactName: z.string().nullable(),
    invitedAt: z.string(),
    /** Whether someone registered with this e-mail has commented in the period. */
    responded: z.boolean(),
    comments: z.number().int(),
  })
  .meta({ id: 'InvitationStatus' });

export const invitationListResponseSchema = z
  .object({
    invitations: z.array(invitationStatusSchema),
    /** The figures the 编制说明 reports: organisations asked, organisations that answered with comments, and those that did not. */
    summary: z.object({ invited: z.number().int(), responded: z.number().int(), notResponded: z.number().int() }),
  })
  .meta({ id: 'InvitationList' });

export type Invitation = z.infer<typeof invitationSchema>;
export type InvitationListResponse = z.infer<typeof invitationListResponseSchema>;
