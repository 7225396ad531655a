import { For, Show, createResource, createSignal, createUniqueId } from 'solid-js';
import type { StageOverviewResponse } from '../../../shared/api/versions';
import type { Stage } from '../../../shared/domain/stages';
import { draftLabels } from '../../../shared/domain/stages';
import { isApiError } from '../../api/api-error';
import { fetchLiveOutline } from '../../api/dispositions';
import { fetchLintReport, type PublicationDetails } from '../../api/stages';
import { bodyTimeZone } from '../../i18n/body-time-zone';
import { bodyDateKey } from '../../../shared/time/body-time';
import { PublicationFields, publicationDetailsProblem } from '../publication/publication-fields';
import { describeError } from '../../i18n/describe-error';
import { localizedText } from '../../i18n/localized-text';
import { translate } from '../../i18n/translate';
import { ConfirmDialog } from '../confirm-dialog';
import { summariseStructureErrors } from './structure-errors';

type StageGate = NonNullable<StageOverviewResponse['next'][number]['blockedBy']>;

interface StageMoveDialogProps {
  standardId: string;
  to: Stage;
  /** The gate the latest overview shows for this move: it names the reason in the interface language. */
  blockedBy: StageGate | null;
  title: string;
  busy: boolean;
  error: unknown;
  /** Publishing (批准 → 发布) also sends its dates and process documents. */
  onConfirm: (note: string, publication?: PublicationDetails) => void;
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
  // Before a draft goes out for comment, the structure errors the checker finds are shown and must be acknowledged.
  const [structureErrors] = createResource(
    () => (props.to === 'public_comment' ? props.standardId : null),
    async (standardId) => summariseStructureErrors(await fetchLintReport(standardId), await fetchLiveOutline(standardId)),
  );
  const [acknowledged, setAcknowledged] = createSignal(false);
  const needsAcknowledgement = () => (structureErrors()?.count ?? 0) > 0 && !acknowledged();
  const today = bodyDateKey(new Date(), bodyTimeZone());
  const [publication, setPublication] = createSignal<PublicationDetails>({ publishedOn: today, implementedOn: today, publishedProcessDocuments: [] });
  const publishing = () => props.to === 'published';
  const publicationProblem = () => (publishing() ? publicationDetailsProblem(publication()) : null);

  return (
    <ConfirmDialog
      title={props.title}
      testId="stage-move-dialog"
      confirmTestId="stage-move-confirm"
      confirmLabel={translate('stageMoveConfirm')}
      busy={props.busy || structureErrors.loading || needsAcknowledgement() || publicationProblem() !== null}
      onConfirm={() => props.onConfirm(note(), publishing() ? publication() : undefined)}
      onClose={props.onClose}
    >
      <p>
        {label()
          ? translate('stageMoveFreezeExplanation', { label: label() ?? '' })
          : translate('stageMoveFreezeExplanationNoLabel')}
      </p>
      <Show when={structureErrors()?.count ? structureErrors() : undefined}>
        {(summary) => (
          <div class="nd-notice nd-notice--warning" role="alert" data-testid="stage-move-structure-errors" data-count={summary().count}>
            <p>{translate('stageMoveStructureErrors', { count: String(summary().count) })}</p>
            <ul>
              <For each={summary().first}>
                {(error) => (
                  <li data-testid="stage-move-structure-error">
                    {error.clauseNumber ? `${translate('stageMoveStructureClause', { number: error.clauseNumber })} ` : ''}
                    {localizedText(error.message)}
                  </li>
                )}
              </For>
            </ul>
            <label class="nd-checkbox">
              <input type="checkbox" checked={acknowledged()} onChange={(event) => setAcknowledged(event.currentTarget.checked)} data-testid="stage-move-acknowledge-errors" />{' '}
              {translate('stageMoveAcknowledgeErrors')}
            </label>
          </div>
        )}
      </Show>
      <Show when={publishing()}>
        <PublicationFields details={publication()} onChange={setPublication} />
        <Show when={publicationProblem()}>{(problem) => <p class="nd-field__error" role="alert" data-testid="publish-problem">{problem()}</p>}</Show>
        <Show when={props.busy}>
          <p class="nd-notice" role="status" data-testid="publish-busy">{translate('publishBusy')}</p>
        </Show>
      </Show>
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
