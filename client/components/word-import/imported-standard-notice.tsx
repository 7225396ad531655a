import { A } from '@solidjs/router';
import type { StandardImportResponse } from '../../../shared/api/word-import';
import { translate } from '../../i18n/translate';
import { WordImportReportView } from './word-import-report-view';
import './word-import.css';

/** Shown above the list after an import: the way into the new draft and what the import made of the file. */
export function ImportedStandardNotice(props: { imported: StandardImportResponse; onDismiss: () => void }) {
  return (
    <section class="nd-word-import-result" data-testid="word-import-result" aria-labelledby="word-import-result-heading">
      <div class="nd-word-import-result__head">
        <h2 id="word-import-result-heading">{translate('wordImportDone')}</h2>
        <A class="nd-button nd-button--primary" href={`/standards/${encodeURIComponent(props.imported.standardId)}`} data-testid="word-import-open-draft">
          {translate('wordImportOpenDraft')}
        </A>
        <button type="button" class="nd-button nd-button--quiet" data-testid="word-import-dismiss" onClick={() => props.onDismiss()}>
          {translate('dialogClose')}
        </button>
      </div>
      <WordImportReportView report={props.imported.report} standardId={props.imported.standardId} />
    </section>
  );
}
