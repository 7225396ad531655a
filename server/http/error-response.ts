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
  already_member: 409,
  too_many_attempts: 429,
  too_many_requests: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  stage_move_not_allowed: 409,
  stage_gate_blocked: 409,
  comment_period_closed: 409,
  stakeholder_profile_required: 409,
  comment_withdrawn: 409,
  disposition_required: 409,
  upload_rejected: 422,
  import_template_not_recognised: 422,
  import_no_rows: 422,
  import_too_many_rows: 422,
  import_rows_invalid: 422,
  ledger_damaged: 500,
  internal_error: 500,
};

export function errorResponse(context: Context, code: ErrorCode, message: string, details: ErrorDetails = {}): Response {
  const body: ErrorBody = { error: { code, message, ...details } };
  return context.json(body, statusByErrorCode[code]);
}
