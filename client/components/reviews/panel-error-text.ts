import { isApiError } from '../../api/api-error';
import { describeError } from '../../i18n/describe-error';
import { translate } from '../../i18n/translate';

/** The row the server names in `members[2].username: …`, counted from 1 as people count. */
function rowNamed(message: string): number | null {
  const match = /members\[(\d+)\]/u.exec(message);
  return match ? Number(match[1]) + 1 : null;
}

/** Why the panel was not saved, with the row to fix and what to do about it. */
export function panelErrorText(error: unknown, usernameOfRow: (row: number) => string): string {
  if (!isApiError(error)) return describeError(error);
  const row = rowNamed(error.message);
  if (error.code === 'user_not_found' && row !== null) return translate('panelUserNotFound', { row, username: usernameOfRow(row) });
  if (error.code === 'invalid_request' && row !== null && error.message.includes('twice')) return translate('panelDuplicateMember', { row, username: usernameOfRow(row) });
  if (error.code === 'invalid_request' && error.message.includes('one chair')) return translate('panelOneChair');
  return describeError(error);
}
