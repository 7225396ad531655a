import { A } from '@solidjs/router';
import { translate } from '../i18n/translate';

export function StandardUnavailable(props: { reason: 'not-found' | 'forbidden' }) {
  return (
    <section class="nd-notice nd-notice--error nd-unavailable" role="alert" data-testid="standard-unavailable" data-reason={props.reason}>
      <p>{translate(props.reason === 'forbidden' ? 'standardForbidden' : 'standardNotFound')}</p>
      <A href="/">{translate('backToList')}</A>
    </section>
  );
}
