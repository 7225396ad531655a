import { z } from 'zod';

export const errorCodes = [
  'invalid_request',
  'invalid_json',
  'unauthenticated',
  'forbidden',
  'cross_origin_refused',
  'not_found',
  'username_taken',
  'invalid_credentials',
  'too_many_attempts',
  'too_many_requests',
  'already_member',
  'user_not_found',
  'payload_too_large',
  'unsupported_media_type',
  'stage_move_not_allowed',
  'stage_gate_blocked',
  'comment_period_closed',
  'stakeholder_profile_required',
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
    }),
  })
  .meta({ id: 'ErrorBody' });

export type ErrorBody = z.infer<typeof errorBodySchema>;
