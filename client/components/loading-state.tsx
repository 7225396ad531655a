import { translate } from '../i18n/translate';

export function LoadingState() {
  return (
    <p class="nd-muted" aria-busy="true">
      {translate('loading')}
    </p>
  );
}
