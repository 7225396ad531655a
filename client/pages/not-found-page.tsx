import { A } from '@solidjs/router';
import { translate } from '../i18n/translate';

export function NotFoundPage() {
  return (
    <section class="nd-notice nd-unavailable" data-testid="page-not-found">
      <p>{translate('pageNotFound')}</p>
      <A href="/">{translate('backToList')}</A>
    </section>
  );
}
