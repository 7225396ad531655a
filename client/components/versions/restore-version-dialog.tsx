import { Show } from 'solid-js';
import type { Version } from '../../../shared/api/versions';
import { stageName } from '../../i18n/domain-names';
import { formatDateTime, translate } from '../../i18n/translate';
import { ConfirmDialog } from '../confirm-dialog';
import { ErrorNotice } from '../error-notice';

interface RestoreVersionDialogProps {
  version: Version;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Says what a restore does to the live draft and to the people editing it before it happens. */
export function RestoreVersionDialog(props: RestoreVersionDialogProps) {
  return (
    <ConfirmDialog
      title={translate('restoreDialogTitle', { name: props.version.name })}
      testId="restore-version-dialog"
      confirmTestId="restore-version-confirm"
      confirmLabel={translate('restoreConfirm')}
      busy={props.busy}
      onConfirm={props.onConfirm}
      onClose={props.onClose}
    >
      <p class="nd-muted">
        {stageName(props.version.stage)} · {props.version.createdBy.displayName} · {formatDateTime(props.version.createdAt)}
      </p>
      <p>{translate('restoreSafetyExplanation')}</p>
      <p>
        <strong>{translate('restoreLiveExplanation')}</strong>
      </p>
      <Show when={props.error !== undefined}>
        <ErrorNotice error={props.error} />
      </Show>
    </ConfirmDialog>
  );
}
