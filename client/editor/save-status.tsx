import type { SaveState } from '../collab/save-state';
import type { MessageKey } from '../i18n/chinese';
import { translate } from '../i18n/translate';

const labels: Record<SaveState, MessageKey> = {
  saved: 'saveStateSaved',
  saving: 'saveStateSaving',
  offline: 'saveStateOffline',
};

export function SaveStatus(props: { state: SaveState }) {
  return (
    <span
      class="nd-save-status"
      classList={{ [`nd-save-status--${props.state}`]: true }}
      data-testid="save-status"
      data-state={props.state}
      role="status"
      aria-live="polite"
    >
      {translate(labels[props.state])}
    </span>
  );
}
