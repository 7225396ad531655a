import { isApiError } from '../../api/api-error';
import { describeError } from '../../i18n/describe-error';
import { translate } from '../../i18n/translate';

export interface WordImportErrorText {
  sentence: string;
  /** What the server said about this very file (which part is too large, how many paragraphs), when it said more. */
  detail: string | null;
}

/** The import's own words for a refused file; the general messages speak of images and commenting templates. */
export function wordImportErrorText(error: unknown): WordImportErrorText {
  if (isApiError(error) && error.code === 'body_too_large') return { sentence: translate('wordImportTooLarge'), detail: error.message || null };
  if (isApiError(error) && error.code === 'upload_rejected') return { sentence: translate('wordImportRejected'), detail: error.message || null };
  if (isApiError(error) && error.code === 'unsupported_media_type') return { sentence: translate('wordImportWrongKind'), detail: null };
  return { sentence: describeError(error), detail: null };
}
