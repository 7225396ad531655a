import { Show, createSignal, createUniqueId } from 'solid-js';
import type { StageOverviewResponse } from '../../../shared/api/versions';
import type { Stage } from '../../../shared/domain/stages';
import { draftLabels } from '../../../shared/domain/stages';
import { isApiError } from '../../api/api-error';
import { describeError } from '../../i18n/describe-error';
import { localizedText } from '../../i18n/localized-text';
import { translate } from '../../i18n/translate';
import { ConfirmDialog } from '../confirm-dialog';

type StageGate = NonNullable<StageOverviewResponse['next'][number]['blockedBy']>;

interface StageMoveDialogProps {
  to: Stage;
  /** The gate the latest overview shows for this move: it names the reason in the interface language. */
  blockedBy: StageGate | null;
  title: string;
  busy: boolean;
  error: unknown;
  onConfirm: (note: string) => void;
  onClose: () => void;
}

/** A blocked move is explained by its gate; the server's own sentence stands in until the overview names it. */
function moveErrorText(error: unknown, blockedBy: StageGate | null): string {
  if (!isApiError(error) || error.code !== 'stage_gate_blocked') return describeError(error);
  return `${translate('errorStageGateBlocked')}${blockedBy ? localizedText(blockedBy.message) : error.message}`;
}

/** Asks for an optional note and says that the draft is frozen as a version on the way. */
export function StageMoveDialog(props: StageMoveDialogProps) {
  const noteId = createUniqueId();
  const [note, setNote] = createSignal('');
  const label = () => draftLabels[props.to];

  return (
    <ConfirmDialog
      title={props.title}
      testId="stage-move-dialog"
      confirmTestId="stage-move-confirm"
      confirmLabel={translate('stageMoveConfirm')}
      busy={props.busy}
      onConfirm={() => props.onConfirm(note())}
      onClose={props.onClose}
    >
      <p>
        {label()
          ? translate('stageMoveFreezeExplanation', { label: label() ?? '' })
          : translate('stageMoveFreezeExplanationNoLabel')}
      </p>
      <div class="nd-field">
        <label for={noteId}>{translate('stageMoveNoteLabel')}</label>
        <textarea
          id={noteId}
          data-testid="stage-note"
          maxLength={1000}
          placeholder={translate('stageMoveNoteHint')}
          value={note()}
          onInput={(event) => setNote(event.currentTarget.value)}
          lang="zh-CN"
        />
      </div>
      <Show when={props.error !== undefined}>
        <p class="nd-notice nd-notice--error" role="alert" data-testid="error-message">
          {moveErrorText(props.error, props.blockedBy)}
        </p>
      </Show>
    </ConfirmDialog>
  );
}
