import { z } from 'zod';
import { maximumSearchQueryLength } from '../search/text-query';
import { memberRoles } from '../domain/roles';
import { stages } from '../domain/stages';
import { usernameSchema } from './auth';

export const bodyCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{3,6}$/, 'the body code is 3 to 6 capital Latin letters, e.g. CAS');

export const createStandardRequestSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    titleEn: z.string().trim().max(300).optional(),
    bodyCode: bodyCodeSchema.optional(),
    sequenceNumber: z
      .string()
      .trim()
      .regex(/^[0-9]{1,6}$/, 'the sequence number is 1 to 6 digits')
      .optional(),
  })
  .meta({ id: 'CreateStandardRequest' });

export const standardSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    titleEn: z.string().nullable(),
    bodyCode: z.string().nullable(),
    sequenceNumber: z.string().nullable(),
    stage: z.enum(stages),
    createdAt: z.string(),
    myRole: z.enum(memberRoles).nullable(),
    canEdit: z.boolean(),
    canManageMembers: z.boolean(),
  })
  .meta({ id: 'Standard' });

/** `q` narrows the list to standards whose title, English title or number matches. */
export const standardListQuerySchema = z.object({ q: z.string().trim().max(maximumSearchQueryLength).optional() });

export const standardListResponseSchema = z
  .object({ standards: z.array(standardSchema) })
  .meta({ id: 'StandardList' });

export const addMemberRequestSchema = z
  .object({
    username: usernameSchema,
    role: z.enum(memberRoles),
  })
  .meta({ id: 'AddMemberRequest' });

export const memberSchema = z
  .object({
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(memberRoles),
    addedAt: z.string(),
  })
  .meta({ id: 'Member' });

export const memberListResponseSchema = z
  .object({ members: z.array(memberSchema) })
  .meta({ id: 'MemberList' });

export const standardIdParametersSchema = z.object({ id: z.string().min(1).max(64) });

export const memberParametersSchema = z.object({ id: z.string().min(1).max(64), userId: z.string().min(1).max(64) });

export const changeMemberRoleRequestSchema = z.object({ role: z.enum(memberRoles) }).meta({ id: 'ChangeMemberRoleRequest' });

export type ChangeMemberRoleRequest = z.infer<typeof changeMemberRoleRequestSchema>;

export type CreateStandardRequest = z.infer<typeof createStandardRequestSchema>;
export type Standard = z.infer<typeof standardSchema>;
export type StandardListResponse = z.infer<typeof standardListResponseSchema>;
export type AddMemberRequest = z.infer<typeof addMemberRequestSchema>;
export type Member = z.infer<typeof memberSchema>;
export type MemberListResponse = z.infer<typeof memberListResponseSchema>;
