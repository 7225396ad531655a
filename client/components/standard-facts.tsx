import { Show } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { formatStandardNumber } from '../../shared/domain/standard-number';
import { roleName, stageName } from '../i18n/domain-names';
import { translate } from '../i18n/translate';

/** Number, stage and the viewer's role, as a short line under a standard's title. */
export function StandardFacts(props: { standard: Standard }) {
  const number = () => formatStandardNumber(props.standard.bodyCode, props.standard.sequenceNumber);
  return (
    <p class="nd-facts">
      <span class="nd-facts__number" classList={{ 'nd-muted': number() === null }} data-testid="standard-number">
        {number() ?? translate('numberNotAssigned')}
      </span>
      <span class="nd-stage" data-testid="standard-stage" data-stage={props.standard.stage}>
        {stageName(props.standard.stage)}
      </span>
      <Show when={props.standard.myRole}>
        {(role) => (
          <span data-testid="standard-role">{translate('myRole', { role: roleName(role()) })}</span>
        )}
      </Show>
    </p>
  );
}
