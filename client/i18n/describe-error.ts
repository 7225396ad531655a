import type { ApiErrorCode } from '../api/api-error';
import { isApiError } from '../api/api-error';
import type { MessageKey } from './chinese';
import { localizedText } from './localized-text';
import { translate } from './translate';

const errorMessageKeys: Record<Exclude<ApiErrorCode, 'unrecognized_error'>, MessageKey> = {
  invalid_request: 'errorInvalidRequest',
  invalid_json: 'errorInvalidJson',
  unauthenticated: 'errorUnauthenticated',
  forbidden: 'errorForbidden',
  cross_origin_refused: 'errorCrossOriginRefused',
  not_found: 'errorNotFound',
  username_taken: 'errorUsernameTaken',
  password_too_common: 'errorPasswordTooCommon',
  password_too_simple: 'errorPasswordTooSimple',
  unknown_host: 'errorUnknownHost',
  invalid_credentials: 'errorInvalidCredentials',
  too_many_attempts: 'errorTooManyAttempts',
  already_member: 'errorAlreadyMember',
  user_not_found: 'errorUserNotFound',
  body_too_large: 'errorPayloadTooLarge',
  unsupported_media_type: 'errorUnsupportedMediaType',
  stage_move_not_allowed: 'errorStageMoveNotAllowed',
  stage_gate_blocked: 'errorStageGateBlocked',
  comment_period_closed: 'errorCommentPeriodClosed',
  comment_period_not_started: 'errorCommentPeriodNotStarted',
  last_secretariat: 'errorLastSecretariat',
  too_many_requests: 'errorTooManyRequests',
  stakeholder_profile_required: 'errorStakeholderProfileRequired',
  comment_withdrawn: 'errorCommentWithdrawn',
  disposition_required: 'errorDispositionRequired',
  upload_rejected: 'errorUploadRejected',
  import_cancelled: 'errorImportCancelled',
  import_template_not_recognised: 'errorImportTemplateNotRecognised',
  import_no_rows: 'errorImportNoRows',
  import_too_many_rows: 'errorImportTooManyRows',
  import_rows_invalid: 'errorImportRowsInvalid',
  review_wrong_stage: 'errorReviewWrongStage',
  unknown_rule_set: 'errorUnknownRuleSet',
  rule_set_exists: 'errorRuleSetExists',
  panel_frozen: 'errorPanelFrozen',
  panel_empty: 'errorPanelEmpty',
  materials_not_published: 'errorMaterialsNotPublished',
  motion_not_open: 'errorMotionNotOpen',
  motion_already_open: 'errorMotionAlreadyOpen',
  motion_closed: 'errorMotionClosed',
  review_concluded: 'errorReviewConcluded',
  not_eligible: 'errorNotEligible',
  not_present: 'errorNotPresent',
  already_voted: 'errorAlreadyVoted',
  reason_required: 'errorReasonRequired',
  number_taken: 'errorNumberTaken',
  body_code_missing: 'errorBodyCodeMissing',
  edition_number_invalid: 'errorEditionNumberInvalid',
  wrong_stage: 'errorWrongStage',
  periodic_review_not_open: 'errorPeriodicReviewNotOpen',
  feedback_already_answered: 'errorFeedbackAlreadyAnswered',
  complaint_step_out_of_order: 'errorComplaintStepOutOfOrder',
  answer_required: 'errorAnswerRequired',
  pdf_unavailable: 'errorPdfUnavailable',
  pdf_conversion_failed: 'errorPdfConversionFailed',
  ledger_damaged: 'errorLedgerDamaged',
  internal_error: 'errorInternalError',
  network_error: 'errorNetwork',
  unexpected_response: 'errorUnexpectedResponse',
};

/** A sentence for the person, in the current language; server text is used only for codes this client does not know. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return translate('errorInternalError');
  if (error.code === 'unrecognized_error') return error.message;
  if (error.explanation) return localizedText(error.explanation);
  if ((error.code === 'too_many_attempts' || error.code === 'too_many_requests') && error.retryAfterSeconds !== null) {
    return translate('errorWaitBeforeRetrying', { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
  }
  return translate(errorMessageKeys[error.code]);
}
