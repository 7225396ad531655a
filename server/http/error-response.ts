import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode, ErrorDetails } from '../../shared/api/errors';

const statusByErrorCode: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_request: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_origin_refused: 403,
  not_found: 404,
  user_not_found: 404,
  username_taken: 409,
  password_too_common: 422,
  password_too_simple: 422,
  unknown_host: 421,
  already_member: 409,
  too_many_attempts: 429,
  too_many_requests: 429,
  body_too_large: 413,
  unsupported_media_type: 415,
  stage_move_not_allowed: 409,
  stage_gate_blocked: 409,
  comment_period_closed: 409,
  comment_period_not_started: 403,
  last_secretariat: 409,
  stakeholder_profile_required: 409,
  comment_withdrawn: 409,
  disposition_required: 409,
  upload_rejected: 422,
  import_cancelled: 409,
  import_template_not_recognised: 422,
  import_no_rows: 422,
  import_too_many_rows: 422,
  import_rows_invalid: 422,
  review_wrong_stage: 409,
  unknown_rule_set: 422,
  rule_set_exists: 409,
  panel_frozen: 409,
  panel_empty: 409,
  materials_not_published: 409,
  motion_not_open: 409,
  motion_already_open: 409,
  motion_closed: 409,
  review_concluded: 409,
  not_eligible: 403,
  not_present: 409,
  already_voted: 409,
  reason_required: 422,
  number_taken: 409,
  body_code_missing: 422,
  edition_number_invalid: 422,
  wrong_stage: 409,
  periodic_review_not_open: 409,
  feedback_already_answered: 409,
  complaint_step_out_of_order: 409,
  answer_required: 422,
  pdf_unavailable: 503,
  pdf_conversion_failed: 502,
  ledger_damaged: 500,
  internal_error: 500,
};

/** A 429 without a more precise figure asks the client to wait the one-minute window the limits use. */
const defaultRetryAfterSeconds = 60;

export function errorResponse(context: Context, code: ErrorCode, message: string, details: ErrorDetails = {}): Response {
  const status = statusByErrorCode[code];
  const retryAfterSeconds = status === 429 ? (details.retryAfterSeconds ?? defaultRetryAfterSeconds) : details.retryAfterSeconds;
  const body: ErrorBody = { error: { code, message, ...details, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) } };
  if (retryAfterSeconds !== undefined) context.header('Retry-After', String(retryAfterSeconds));
  return context.json(body, status);
}
