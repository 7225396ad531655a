import { For, Match, Show, Switch, createSignal, createUniqueId } from 'solid-js';
import { maximumCommentImportBytes, type ImportRowField, type ImportRowProblem } from '../../../shared/api/comment-import';
import { endpoints } from '../../../shared/api/contract';
import type { CommentPeriod } from '../../../shared/api/comments';
import { isApiError } from '../../api/api-error';
import { endpointAddress } from '../../api/call-endpoint';
import { commentImportFileKind, uploadCommentTemplate, type CommentImportOutcome } from '../../api/comment-imports';
import type { MessageKey } from '../../i18n/chinese';
import { describeError } from '../../i18n/describe-error';
import { translate } from '../../i18n/translate';
import './comment-import-form.css';

const fieldKeys: Record<ImportRowField, MessageKey> = {
  clause: 'importFieldClause',
  type: 'importFieldType',
  comment: 'importFieldComment',
  proposedChange: 'importFieldProposedChange',
  reason: 'importFieldReason',
  elementReference: 'importFieldElementReference',
};

/** The reason of one bad row, in the current language. */
function describeProblem(problem: ImportRowProblem): string {
  const field = translate(fieldKeys[problem.field]);
  switch (problem.reason) {
    case 'missing':
      return translate('importProblemMissing', { field });
    case 'unknown_clause':
      return translate('importProblemUnknownClause', { value: problem.value ?? '' });
    case 'invalid_type':
      return translate('importProblemInvalidType', { value: problem.value ?? '' });
    case 'too_long':
      return translate('importProblemTooLong', { field, maximum: problem.maximumLength ?? '' });
  }
}

/** The upload's own words for refusals whose general message speaks of images. */
function describeUploadError(error: unknown): string {
  if (isApiError(error) && error.code === 'body_too_large') return translate('commentImportTooLarge');
  if (isApiError(error) && error.code === 'unsupported_media_type') return translate('commentImportWrongKind');
  return describeError(error);
}

type UploadState = { step: 'idle' } | { step: 'uploading'; share: number } | { step: 'done'; outcome: CommentImportOutcome } | { step: 'failed'; message: string };

/**
 * Shown, folded, while the period is open: stakeholders who collected their comments in the ISO/IEC template or a
 * 意见汇总表 upload the file here, one comment per row.
 */
export function CommentImportForm(props: { period: CommentPeriod; onImported?: () => void }) {
  const [file, setFile] = createSignal<File | null>(null);
  const [state, setState] = createSignal<UploadState>({ step: 'idle' });
  const fileId = createUniqueId();
  const uploading = () => state().step === 'uploading';
  const share = () => {
    const current = state();
    return current.step === 'uploading' ? current.share : 0;
  };
  const outcome = () => {
    const current = state();
    return current.step === 'done' ? current.outcome : null;
  };
  const imported = () => {
    const current = outcome();
    return current?.kind === 'imported' ? current.result : null;
  };
  const badRows = () => {
    const current = outcome();
    return current?.kind === 'rows_invalid' ? current.rows : null;
  };
  const failure = () => {
    const current = state();
    return current.step === 'failed' ? current.message : null;
  };

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const chosen = file();
    if (!chosen) return void setState({ step: 'failed', message: translate('commentImportChooseFile') });
    const kind = commentImportFileKind(chosen.name);
    if (!kind) return void setState({ step: 'failed', message: translate('commentImportWrongKind') });
    if (chosen.size > maximumCommentImportBytes) return void setState({ step: 'failed', message: translate('commentImportTooLarge') });
    setState({ step: 'uploading', share: 0 });
    try {
      const result = await uploadCommentTemplate(props.period.id, chosen, kind, (progress) => setState({ step: 'uploading', share: progress }));
      setState({ step: 'done', outcome: result });
      if (result.kind === 'imported') props.onImported?.();
    } catch (error) {
      setState({ step: 'failed', message: describeUploadError(error) });
    }
  }

  return (
    <Show when={props.period.isOpen}>
      <details class="nd-comment-panel nd-comment-import" data-testid="comment-import">
        <summary class="nd-comment-import__summary" data-testid="comment-import-toggle">
          <h2>{translate('commentImportHeading')}</h2>
        </summary>
        <p class="nd-muted">{translate('commentImportExplanation')}</p>
        <p>
          <a href={endpointAddress(endpoints.blankCommentTemplate, { id: props.period.id })} download="" data-testid="comment-import-template">
            {translate('commentImportTemplateLink')}
          </a>
        </p>
        <form class="nd-form" onSubmit={(event) => void submit(event)} noValidate>
          <div class="nd-field">
            <label for={fileId}>{translate('commentImportFileLabel')}</label>
            <input
              id={fileId}
              type="file"
              accept=".docx,.xlsx"
              data-testid="comment-import-file"
              disabled={uploading()}
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setState({ step: 'idle' });
              }}
            />
          </div>
          <button type="submit" class="nd-button nd-button--primary" data-testid="comment-import-submit" disabled={uploading() || file() === null}>
            {translate('commentImportSubmit')}
          </button>
        </form>
        <Switch>
          <Match when={uploading()}>
            <div class="nd-comment-import__progress" role="status" data-testid="comment-import-progress">
              <progress max={1} value={share()} />
              <span>{share() < 1 ? translate('commentImportUploading', { percent: Math.round(share() * 100) }) : translate('commentImportProcessing')}</span>
            </div>
          </Match>
          <Match when={imported()}>
            {(result) => (
              <div class="nd-notice nd-notice--success" role="status" data-testid="comment-import-succeeded">
                <p>{translate('commentImportSucceeded', { count: result().imported })}</p>
                <button type="button" class="nd-button" onClick={() => window.location.reload()}>
                  {translate('commentImportReload')}
                </button>
              </div>
            )}
          </Match>
          <Match when={badRows()}>
            {(rows) => (
              <div class="nd-notice nd-notice--error" role="alert" data-testid="comment-import-rows-invalid">
                <p>{translate('commentImportRowsInvalid', { count: rows().length })}</p>
                <table class="nd-comment-import__problems">
                  <thead>
                    <tr>
                      <th scope="col">{translate('commentImportRowColumn')}</th>
                      <th scope="col">{translate('commentImportReasonColumn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={rows()}>
                      {(problem) => (
                        <tr data-testid="comment-import-problem">
                          <td>{problem.row}</td>
                          <td>{describeProblem(problem)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            )}
          </Match>
          <Match when={failure()}>
            {(message) => (
              <p class="nd-notice nd-notice--error" role="alert" data-testid="comment-import-error">
                {message()}
              </p>
            )}
          </Match>
        </Switch>
      </details>
    </Show>
  );
}
