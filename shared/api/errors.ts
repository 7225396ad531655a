import { z } from 'zod';
import { importRowProblemSchema } from './comment-import';

export const errorCodes = [
  'invalid_request',
  'invalid_json',
  'unauthenticated',
  'forbidden',
  'cross_origin_refused',
  'not_found',
  'username_taken',
  'password_too_common',
  'password_too_simple',
  'unknown_host',
  'invalid_credentials',
  'too_many_attempts',
  'too_many_requests',
  'already_member',
  'user_not_found',
  'body_too_large',
  'unsupported_media_type',
  'stage_move_not_allowed',
  'stage_gate_blocked',
  'comment_period_closed',
  'comment_period_not_started',
  'last_secretariat',
  'stakeholder_profile_required',
  'comment_withdrawn',
  'disposition_required',
  'upload_rejected',
  'import_cancelled',
  'import_template_not_recognised',
  'import_no_rows',
  'import_too_many_rows',
  'import_rows_invalid',
  'review_wrong_stage',
  'unknown_rule_set',
  'rule_set_exists',
  'panel_frozen',
  'panel_empty',
  'materials_not_published',
  'motion_not_open',
  'motion_already_open',
  'motion_closed',
  'review_concluded',
  'not_eligible',
  'not_present',
  'already_voted',
  'reason_required',
  'number_taken',
  'body_code_missing',
  'edition_number_invalid',
  'wrong_stage',
  'periodic_review_not_open',
  'feedback_already_answered',
  'complaint_step_out_of_order',
  'answer_required',
  'pdf_unavailable',
  'pdf_conversion_failed',
  'ledger_damaged',
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      /** Every bad row of an uploaded commenting template (import_rows_invalid). */
      rows: z.array(importRowProblemSchema).optional(),
      /** With every 429: how many seconds to wait before trying again (also sent as Retry-After). */
      retryAfterSeconds: z.number().int().positive().optional(),
      /** What went wrong and what to do, in both languages, where the code alone cannot say (a Word file that cannot be imported). */
      explanation: z.object({ zh: z.string(), en: z.string() }).optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** What an error may carry besides its code and message. */
export type ErrorDetails = Omit<ErrorBody['error'], 'code' | 'message'>;
